/**
 * Organisation and hall tables (PRODUCT.md 2.1). Names have optional Uyghur and English
 * forms for the trilingual screens; the Chinese name is the official one.
 */
export type AdminLevel = 'region' | 'city' | 'district'

export interface DivisionsTable {
  /** GB/T 2260 six-digit code, e.g. 650105 水磨沟区 */
  code: string
  name: string
  name_ug: string | null
  name_en: string | null
  level: AdminLevel
  parent_code: string | null
}

export interface DepartmentsTable {
  id: string
  /** short stable code, unique (e.g. `GA-CRJ` 公安局出入境管理支队) */
  code: string
  name: string
  name_ug: string | null
  name_en: string | null
  level: AdminLevel
  division_code: string
  /** a unit inside another department (出入境 inside 公安局) */
  parent_id: string | null
  phone: string | null
  is_active: number
  sort_order: number
  created_at: string
  updated_at: string
}

export interface HallsTable {
  id: string
  name: string
  name_ug: string | null
  name_en: string | null
  address: string
  address_ug: string | null
  address_en: string | null
  division_code: string
  /** opening hours, JSON: [{days:[1..7], open:'09:00', close:'17:30'}] in the center's time zone */
  opening_hours: string
  created_at: string
}

export interface HallFloorsTable {
  id: string
  hall_id: string
  number: number
  name: string
  name_ug: string | null
  name_en: string | null
  is_service_floor: number
}

export interface HallAreasTable {
  id: string
  hall_id: string
  floor_id: string
  code: string
  name: string
  name_ug: string | null
  name_en: string | null
  sort_order: number
}

export interface HallWindowsTable {
  id: string
  hall_id: string
  area_id: string
  /** the number people see and hear ("请到 5 号窗口"), unique in the hall */
  number: number
  name: string
  name_ug: string | null
  name_en: string | null
  is_active: number
}

export interface WindowDepartmentsTable {
  window_id: string
  department_id: string
}

export interface WindowStaffTable {
  window_id: string
  user_id: string
}

export interface WindowCategoriesTable {
  window_id: string
  category_id: string
}

export interface FacilitiesTable {
  id: string
  hall_id: string
  floor_id: string | null
  area_id: string | null
  kind: string
  name: string
  name_ug: string | null
  name_en: string | null
  /** free text hours as displayed, e.g. 09:00–18:00 */
  hours: string | null
  capacity: number | null
  note: string | null
  note_ug: string | null
  note_en: string | null
  sort_order: number
}

export interface OrgTables {
  divisions: DivisionsTable
  departments: DepartmentsTable
  halls: HallsTable
  hall_floors: HallFloorsTable
  hall_areas: HallAreasTable
  hall_windows: HallWindowsTable
  window_departments: WindowDepartmentsTable
  window_staff: WindowStaffTable
  window_categories: WindowCategoriesTable
  facilities: FacilitiesTable
}
