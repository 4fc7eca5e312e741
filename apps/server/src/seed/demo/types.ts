import type {
  AdminLevel,
  DeviceKind,
  FormFieldType,
  LocalizedText,
  MatterDocumentInput,
  ParallelRefusalPolicy,
  Role,
} from '@yimin/shared'

/**
 * The shapes of the demo center's data files. Everything refers to everything else by a
 * stable, readable code (department `GA-CRJ`, area `CITY`, queue category `CRJ`, username);
 * the loaders resolve codes to ids when they create the rows through the services.
 */

export interface SeedName {
  name: LocalizedText
}

export interface SeedDivision extends SeedName {
  code: string
  level: AdminLevel
  parentCode: string | null
}

export interface SeedDepartment extends SeedName {
  code: string
  level: AdminLevel
  divisionCode: string
  /** a unit inside another department (出入境 inside 公安局) */
  parentCode: string | null
}

export interface SeedFloor extends SeedName {
  number: number
  isServiceFloor: boolean
}

export interface SeedArea extends SeedName {
  code: string
  floor: number
}

export interface SeedWindow extends SeedName {
  number: number
  area: string
  departments: string[]
  categories: string[]
  /** usernames of the clerks who staff it */
  staff: string[]
}

export interface SeedFacility extends SeedName {
  kind:
    | 'wifi'
    | 'print'
    | 'bank'
    | 'post'
    | 'certificate'
    | 'clinic'
    | 'canteen'
    | 'parking'
    | 'consultation'
    | 'other'
  floor: number | null
  area: string | null
  hours: string | null
  capacity: number | null
  note: LocalizedText | null
}

export interface SeedQueueCategory extends SeedName {
  code: string
  prefix: string
}

export interface SeedStaff {
  username: string
  displayName: string
  /** department code, or null for every department */
  grants: Array<{ role: Role; department: string | null }>
  /** mobile number for supervision alerts by SMS (the virtual phone shows what it receives) */
  phone?: string
}

export interface SeedDevice {
  kind: DeviceKind
  name: string
  credential: string
  /** window number (window display, rating pad) */
  window: number | null
  /** area code (kiosk, hall display) */
  area: string | null
}

/** A matter document with codes where the catalog stores ids. */
export type SeedMatter = Omit<
  MatterDocumentInput,
  'departmentId' | 'parallelDepartments' | 'hallAreaId' | 'queueCategoryId'
> & {
  department: string
  parallel: Array<{ department: string; limitDays: number; onRefusal: ParallelRefusalPolicy }>
  area: string | null
  category: string | null
}

export interface SeedBundle {
  code: string
  name: LocalizedText
  description: string
  lead: string
  matters: string[]
  /** results of its matters that later matters need (the applicant never uploads them) */
  feeds?: Array<{ fromMatterCode: string; toMatterCode: string; material: string }>
  /** the bundle's form, each field labelled in Uyghur and English too (a select's choices as well) */
  form: Array<{
    key: string
    label: LocalizedText
    type: FormFieldType
    isRequired?: boolean
    options?: LocalizedText[]
  }>
}
