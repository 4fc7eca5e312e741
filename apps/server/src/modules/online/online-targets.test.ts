import { describe, expect, it } from 'vitest'
import type { MatterVersion } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import {
  applicantFormData,
  filesForMatter,
  mergeFormFields,
  missingForSubmit,
  onlineTarget,
} from './online-targets'

const version = (
  code: string,
  materials: Array<{ name: string; isRequired?: boolean; isDeferrable?: boolean }>,
  extra: Record<string, unknown> = {},
) =>
  ({
    id: `v-${code}`,
    matterId: `m-${code}`,
    document: {
      code,
      onlineLevel: 'prereview',
      delivery: ['window', 'post'],
      materials: materials.map((m) => ({
        form: 'copy',
        copies: 1,
        isRequired: true,
        isDeferrable: false,
        ...m,
        name: { zh: m.name },
      })),
      ...extra,
    },
  }) as unknown as MatterVersion

describe('online targets', () => {
  it('deduplicates a bundle’s materials and attaches each upload to every matter that needs it', () => {
    const a = version('A', [{ name: '身份证' }, { name: '营业执照' }])
    const b = version('B', [{ name: '营业执照 ' }, { name: '平面图', isDeferrable: true }], {
      delivery: ['window'],
    })
    const t = onlineTarget(
      'bundle',
      'YJS',
      { zh: '开餐馆' },
      [{ key: 'x', label: { zh: 'X' }, type: 'text', isRequired: true, options: [] }],
      [a, b],
    )
    expect(t.materials.map((m) => [m.name.zh, m.matterCodes])).toEqual([
      ['身份证', ['A']],
      ['营业执照', ['A', 'B']],
      ['平面图', ['B']],
    ])
    expect(t.deliveryMethods).toEqual(['window'])
    const files = new Map([[t.materials[1]!.key, 'k-licence']])
    expect([...filesForMatter(a, files)]).toEqual([[1, 'k-licence']])
    expect([...filesForMatter(b, files)]).toEqual([[0, 'k-licence']])
    expect(
      missingForSubmit(t, { hasApplicant: true, formData: {}, materialKeys: new Set(files.keys()) }),
    ).toEqual({ applicant: false, fields: ['x'], materials: ['身份证'] })
  })

  it('asks the bundle’s fields, then each matter’s own form fields once', () => {
    const field = (key: string, label: string) => ({
      key,
      label: { zh: label },
      type: 'text' as const,
      isRequired: true,
      options: [],
    })
    const a = version('A', [], {
      formFields: [field('destinationCountry', '前往国家'), field('companyName', '企业名称（事项）')],
    })
    const b = version('B', [], {
      formFields: [field('destinationCountry', '前往国家（B）'), field('stayDays', '停留天数')],
    })
    expect(
      mergeFormFields([field('companyName', '拟用企业名称')], [a, b]).map((f) => [f.key, f.label.zh]),
    ).toEqual([
      ['companyName', '拟用企业名称'],
      ['destinationCountry', '前往国家'],
      ['stayDays', '停留天数'],
    ])
    expect(onlineTarget('matter', 'A', { zh: 'A' }, [], [a]).form.map((f) => f.key)).toEqual([
      'destinationCountry',
      'companyName',
    ])
  })

  it('refuses matters that are not applied for online', () => {
    const offline = version('C', [], { onlineLevel: 'consult' })
    expect(() => onlineTarget('matter', 'C', { zh: 'C' }, [], [offline])).toThrow(AppError)
  })

  it('answers the standard applicant fields of a bundle form from the applicant', () => {
    const t = onlineTarget(
      'bundle',
      'B',
      { zh: 'B' },
      [{ key: 'idNumber', label: { zh: '公民身份号码' }, type: 'id_number', isRequired: true, options: [] }],
      [version('A', [])],
    )
    const formData = applicantFormData({
      kind: 'person',
      name: '阿依',
      idNumber: '650105198001011230',
      phone: '13800000000',
    })
    expect(formData).toEqual({ applicantName: '阿依', idNumber: '650105198001011230', phone: '13800000000' })
    expect(missingForSubmit(t, { hasApplicant: true, formData, materialKeys: new Set() }).fields).toEqual([])
  })
})
