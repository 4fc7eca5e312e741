import { insertTestCity, insertTestDepartment } from '../org/test-fixtures'
import type { MatterDocumentInput } from '@yimin/shared'
import type { Db } from '../../db/database'
import { newId } from '../../platform/ids'

/**
 * Fixture builders for catalog tests: a division with departments, a hall area and a queue
 * category written straight to the tables (the org service is not needed), and matter
 * documents with overrides.
 */
export interface CatalogFixtures {
  departments: {
    exitEntry: string
    household: string
    market: string
    tax: string
    health: string
    fire: string
  }
  /** department codes by key, for Excel checks */
  departmentCodes: Record<string, string>
  hallAreaId: string
  queueCategoryId: string
}

const DEPARTMENTS = [
  ['exitEntry', 'GA-CRJ', '市公安局出入境管理支队'],
  ['household', 'GA-HZ', '市公安局户政管理支队'],
  ['market', 'SCJG', '市市场监督管理局'],
  ['tax', 'SW', '国家税务总局乌鲁木齐市税务局'],
  ['health', 'WJW', '市卫生健康委员会'],
  ['fire', 'XF', '市消防救援支队'],
] as const

export async function seedCatalogFixtures(
  db: Db,
  ids: Partial<Record<string, string>> = {},
): Promise<CatalogFixtures> {
  const now = '2026-03-01T00:00:00.000Z'
  await insertTestCity(db)
  const departments = {} as Record<string, string>
  const departmentCodes = {} as Record<string, string>
  for (const [key, code, name] of DEPARTMENTS) {
    const id = ids[key] ?? newId()
    departments[key] = id
    departmentCodes[key] = code
    await insertTestDepartment(db, code, name, id)
  }
  const hallId = newId()
  const floorId = newId()
  const hallAreaId = ids.hallArea ?? newId()
  const queueCategoryId = ids.queueCategory ?? newId()
  await db
    .insertInto('halls')
    .values({
      id: hallId,
      name: '市政务服务中心',
      name_ug: null,
      name_en: null,
      address: '乌鲁木齐市',
      division_code: '650100',
      opening_hours: '[]',
      created_at: now,
    })
    .execute()
  await db
    .insertInto('hall_floors')
    .values({
      id: floorId,
      hall_id: hallId,
      number: 2,
      name: '二楼',
      name_ug: null,
      name_en: null,
      is_service_floor: 1,
    })
    .execute()
  await db
    .insertInto('hall_areas')
    .values({
      id: hallAreaId,
      hall_id: hallId,
      floor_id: floorId,
      code: 'A2',
      name: '综合业务区',
      name_ug: null,
      name_en: null,
      sort_order: 0,
    })
    .execute()
  await db
    .insertInto('queue_categories')
    .values({
      id: queueCategoryId,
      code: 'CRJ',
      prefix: 'C',
      name: '出入境',
      name_ug: null,
      name_en: null,
      is_active: 1,
      sort_order: 0,
    })
    .execute()
  return {
    departments: departments as CatalogFixtures['departments'],
    departmentCodes,
    hallAreaId,
    queueCategoryId,
  }
}

/** 普通护照签发, as a realistic document; override what a test needs. */
export function passportDoc(
  f: CatalogFixtures,
  overrides: Partial<MatterDocumentInput> = {},
): MatterDocumentInput {
  return {
    code: 'GA-CRJ-001',
    name: { zh: '普通护照签发', en: 'Ordinary passport issuance' },
    type: 'licensing',
    departmentId: f.departments.exitEntry,
    level: 'city',
    summary: '中国公民因私出国申请普通护照',
    keywords: ['护照', '出国'],
    legalLimitDays: 15,
    promisedLimitDays: 7,
    conditions: ['具有中华人民共和国国籍', '本市户籍居民或持有本市居住证'],
    materials: [
      { name: { zh: '居民身份证' }, form: 'original', copies: 1, isRequired: true },
      {
        name: { zh: '近期免冠彩色照片' },
        form: 'original',
        copies: 1,
        isRequired: true,
        isDeferrable: true,
        deferralDays: 3,
      },
      {
        name: { zh: '户口簿' },
        form: 'original_and_copy',
        copies: 1,
        isRequired: false,
        note: '户籍在外地的提供居住证',
      },
    ],
    fees: [{ name: '普通护照', amount: 120, unit: '元/本', legalBasis: '发改价格〔2017〕1186号' }],
    legalBasis: ['《中华人民共和国护照法》第五条'],
    steps: [
      { name: '受理', limitDays: 0 },
      { name: '审查', limitDays: 5 },
      { name: '决定', limitDays: 1 },
      { name: '送达', limitDays: 1 },
    ],
    delivery: ['window', 'post'],
    onlineLevel: 'prereview',
    visits: 1,
    hallAreaId: f.hallAreaId,
    locationNote: '二楼 12–15 号窗口',
    queueCategoryId: f.queueCategoryId,
    ...overrides,
  }
}

/** A plain matter of a department, for search and bundles. */
export function simpleDoc(
  code: string,
  name: string,
  departmentId: string,
  overrides: Partial<MatterDocumentInput> = {},
): MatterDocumentInput {
  return {
    code,
    name: { zh: name },
    type: 'licensing',
    departmentId,
    level: 'city',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    materials: [{ name: { zh: '营业执照' }, form: 'copy', copies: 1, isRequired: true }],
    steps: [{ name: '审查', limitDays: 5 }],
    delivery: ['window'],
    onlineLevel: 'full',
    visits: 0,
    ...overrides,
  }
}
