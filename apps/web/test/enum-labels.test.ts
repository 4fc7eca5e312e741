import {
  adminLevels,
  calendarDayKinds,
  deliveryMethods,
  facilityKinds,
  formFieldTypes,
  materialForms,
  matterTypes,
  onlineLevels,
  parallelRefusalPolicies,
  specialProcedureKinds,
  versionStatuses,
} from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import en from '../src/i18n/en.json'
import ug from '../src/i18n/ug.json'
import zhCN from '../src/i18n/zh-CN.json'
import { flatten } from './i18n-keys'

/** Keys built at run time from the shared enums (`matter.types.${type}` …) exist in every language. */
const dynamic = [
  ...matterTypes.map((v) => `matter.types.${v}`),
  ...adminLevels.map((v) => `levels.${v}`),
  ...materialForms.map((v) => `matter.forms.${v}`),
  ...specialProcedureKinds.map((v) => `matter.procedures.${v}`),
  ...deliveryMethods.map((v) => `matter.delivery.${v}`),
  ...onlineLevels.map((v) => `matter.online.${v}`),
  ...parallelRefusalPolicies.map((v) => `matter.refusal.${v}`),
  ...facilityKinds.map((v) => `facilityKinds.${v}`),
  ...formFieldTypes.map((v) => `bundle.fieldTypes.${v}`),
  ...versionStatuses.map((v) => `catalogAdmin.status.${v}`),
  ...calendarDayKinds.map((v) => `calendarAdmin.kinds.${v}`),
  ...[
    'columns',
    'date',
    'other-year',
    'kind',
    'name',
    'duplicate',
    'workday-not-weekend',
    'empty',
    'too-long',
  ].map((v) => `calendarAdmin.importErrors.${v}`),
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((d) => [`weekdays.${d}`, `weekdaysShort.${d}`]),
]

describe('labels of the shared enums', () => {
  it.each(Object.entries({ 'zh-CN': flatten(zhCN), ug: flatten(ug), en: flatten(en) }))(
    '%s has a label for every value',
    (_lng, flat) => {
      expect(dynamic.filter((k) => !(k in flat))).toEqual([])
    },
  )
})
