import type { MatterSummary } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { CatalogSearchIndex, nameMatches } from './catalog.search'

const dep = (id: string, name: string) => ({ id, code: id, name: { zh: name } })
function entry(code: string, name: string, keywords: string[] = [], extra: Partial<MatterSummary> = {}) {
  const summary: MatterSummary = {
    matterId: code,
    versionId: `${code}-v1`,
    version: 1,
    code,
    name: { zh: name },
    type: 'licensing',
    level: 'city',
    department: dep('crj', '出入境管理支队'),
    legalLimitDays: 15,
    promisedLimitDays: 7,
    onlineLevel: 'full',
    visits: 1,
    publishedAt: '2026-03-01T00:00:00.000Z',
    ...extra,
  }
  return { summary, keywords }
}

const index = new CatalogSearchIndex([
  entry('GA-CRJ-001', '普通护照签发', ['护照', '出国']),
  entry('GA-CRJ-002', '往来台湾通行证签发', ['台湾']),
  entry('GA-CRJ-003', '往来港澳通行证签发'),
  entry('JT-001', '机动车驾驶证换证', [], { department: dep('jt', '交通运输局'), type: 'confirmation' }),
  entry('SCJG-001', '个体工商户登记', ['营业执照'], {
    department: dep('scjg', '市场监督管理局'),
    level: 'district',
  }),
  entry('ZJ-001', '建筑工程施工许可证核发', ['施工许可'], { department: dep('zj', '住房和城乡建设局') }),
  entry('GA-HZ-001', '户口迁移', [], { department: dep('hz', '户政管理支队') }),
])
const names = (q: string, filter = {}) => index.search({ q, ...filter }).map((s) => s.name.zh)

describe('catalog search', () => {
  it.each([
    'hz',
    'huzhao',
    'hu zhao',
    'HuZhao',
    '护照',
    '普通护照',
    '普通护照签发',
    'GA-CRJ-001',
    'pthz',
    'huzh',
  ])('%s finds 普通护照签发 first', (q) => {
    expect(names(q)[0]).toBe('普通护照签发')
  })

  it('matches initials inside a name, and mixed full and initial syllables', () => {
    expect(names('twtxz')).toEqual(['往来台湾通行证签发'])
    expect(names('taiwan')).toEqual(['往来台湾通行证签发'])
    expect(names('jzgcsgxk')).toEqual(['建筑工程施工许可证核发'])
    expect(names('shigongxuke')).toEqual(['建筑工程施工许可证核发'])
  })

  it('finds by keyword and by department name', () => {
    expect(names('营业执照')).toEqual(['个体工商户登记'])
    expect(names('住房和城乡建设')).toEqual(['建筑工程施工许可证核发'])
  })

  it('filters by department, level and type, with or without a query', () => {
    expect(names('', { departmentId: 'crj' })).toHaveLength(3)
    expect(names('', { level: 'district' })).toEqual(['个体工商户登记'])
    expect(names('hz', { type: 'confirmation' })).toEqual(['机动车驾驶证换证'])
    expect(names('通行证', { departmentId: 'scjg' })).toEqual([])
  })

  it('finds nothing for nonsense', () => {
    expect(names('xyzzy')).toEqual([])
  })
})

describe('catalog search in Uyghur and English', () => {
  const other = new CatalogSearchIndex([
    entry('GA-CRJ-001', '普通护照签发', ['护照'], {
      name: { zh: '普通护照签发', ug: 'ئادەتتىكى پاسپورت بېرىش', en: 'Ordinary passport' },
    }),
    entry('GA-HZ-001', '户口迁移', [], {
      name: { zh: '户口迁移', ug: 'نوپۇس يۆتكەش', en: 'Household transfer' },
    }),
  ])
  const found = (q: string) => other.search({ q }).map((s) => s.code)
  it('finds a matter by part of its Uyghur name (typed on the kiosk keyboard)', () => {
    expect(found('پاسپورت')).toEqual(['GA-CRJ-001'])
    expect(found('نوپۇس')).toEqual(['GA-HZ-001'])
    expect(found('ۋەكالەت')).toEqual([])
  })
  it('finds by the English name where neither the Chinese nor its pinyin matches', () => {
    expect(found('household')).toEqual(['GA-HZ-001'])
  })
})

describe('nameMatches (the admin list)', () => {
  it('matches Chinese text, full pinyin, initials and mixed spellings', () => {
    expect(nameMatches('普通护照签发', '护照')).toBe(true)
    expect(nameMatches('普通护照签发', 'huzhao')).toBe(true)
    expect(nameMatches('普通护照签发', 'pthz')).toBe(true)
    expect(nameMatches('普通护照签发', 'HuZh')).toBe(true)
    expect(nameMatches('普通护照签发', '')).toBe(true)
  })
  it('refuses names that do not spell the query', () => {
    expect(nameMatches('普通护照签发', 'shenfenzheng')).toBe(false)
    expect(nameMatches('普通护照签发', '身份证')).toBe(false)
    expect(nameMatches('普通护照签发', 'xq')).toBe(false)
  })
})
