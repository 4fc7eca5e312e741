import { z } from 'zod'
import { localizedText, localizedTextSchema } from './localized'
import { cleanText } from './text'

/** Organisation and hall shapes (PRODUCT.md 2.1), shared by server and web. */
export const adminLevels = ['region', 'city', 'district'] as const
export type AdminLevel = (typeof adminLevels)[number]

const name = localizedText({ max: 100, translationMax: 200 })
const id = z.string().min(1).max(64)

export const divisionCodeSchema = z.string().regex(/^\d{6}$/, 'GB/T 2260 six-digit code')

export const divisionSchema = z.object({
  code: divisionCodeSchema,
  name: localizedTextSchema,
  level: z.enum(adminLevels),
  parentCode: divisionCodeSchema.nullable(),
})
export type Division = z.infer<typeof divisionSchema>

export const upsertDivisionRequest = z.strictObject({
  code: divisionCodeSchema,
  name,
  level: z.enum(adminLevels),
  parentCode: divisionCodeSchema.nullable().default(null),
})

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  level: z.enum(adminLevels),
  divisionCode: z.string(),
  parentId: z.string().nullable(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  sortOrder: z.number().int(),
})
export type Department = z.infer<typeof departmentSchema>

export const departmentCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, 'capital letters, digits and dashes')

export const upsertDepartmentRequest = z.strictObject({
  code: departmentCodeSchema,
  name,
  level: z.enum(adminLevels),
  divisionCode: divisionCodeSchema,
  parentId: id.nullable().default(null),
  phone: cleanText({ max: 32 }).nullable().default(null),
  isActive: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
})
export type UpsertDepartmentRequest = z.infer<typeof upsertDepartmentRequest>

/** Opening hours: per ISO weekday (1 = Monday … 7 = Sunday), local time of the center. */
export const openingHoursSchema = z
  .array(
    z.strictObject({
      days: z.array(z.number().int().min(1).max(7)).min(1),
      open: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      close: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    }),
  )
  .max(14)
export type OpeningHours = z.infer<typeof openingHoursSchema>

export const facilityKinds = [
  'wifi',
  'print',
  'bank',
  'post',
  'certificate',
  'clinic',
  'canteen',
  'parking',
  'consultation',
  'other',
] as const

export const floorSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  name: localizedTextSchema,
  isServiceFloor: z.boolean(),
})
export const areaSchema = z.object({
  id: z.string(),
  floorId: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  sortOrder: z.number().int(),
})
export const windowSchema = z.object({
  id: z.string(),
  areaId: z.string(),
  number: z.number().int(),
  name: localizedTextSchema,
  isActive: z.boolean(),
  departmentIds: z.array(z.string()),
  categoryIds: z.array(z.string()),
  /** staff ids: present for staff callers only */
  staffIds: z.array(z.string()).optional(),
})
export const queueCategorySchema = z.object({
  id: z.string(),
  code: z.string(),
  prefix: z.string(),
  name: localizedTextSchema,
  isActive: z.boolean(),
  sortOrder: z.number().int(),
})
export const facilitySchema = z.object({
  id: z.string(),
  floorId: z.string().nullable(),
  areaId: z.string().nullable(),
  kind: z.enum(facilityKinds),
  name: localizedTextSchema,
  hours: z.string().nullable(),
  capacity: z.number().int().nullable(),
  note: localizedTextSchema.nullable(),
  sortOrder: z.number().int(),
})
export const hallSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  address: localizedTextSchema,
  divisionCode: z.string(),
  openingHours: openingHoursSchema,
  floors: z.array(floorSchema),
  areas: z.array(areaSchema),
  windows: z.array(windowSchema),
  facilities: z.array(facilitySchema),
})
export type Hall = z.infer<typeof hallSchema>
export type HallWindow = z.infer<typeof windowSchema>
export type QueueCategory = z.infer<typeof queueCategorySchema>

export const upsertHallRequest = z.strictObject({
  name,
  address: localizedText({ min: 1, max: 200 }),
  divisionCode: divisionCodeSchema,
  openingHours: openingHoursSchema,
})
export const upsertFloorRequest = z.strictObject({
  number: z.number().int().min(-5).max(200),
  name,
  isServiceFloor: z.boolean().default(true),
})
export const upsertAreaRequest = z.strictObject({
  floorId: id,
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9-]+$/),
  name,
  sortOrder: z.number().int().min(0).max(10_000).default(0),
})
export const upsertWindowRequest = z.strictObject({
  areaId: id,
  number: z.number().int().min(1).max(9999),
  /** may be blank (the window shows its number); a blank translation: none (the Chinese name shows) */
  name: localizedText({ max: 100, min: 0 }).default({ zh: '' }),
  isActive: z.boolean().default(true),
  departmentIds: z.array(id).max(50).default([]),
  categoryIds: z.array(id).max(50).default([]),
  staffIds: z.array(id).max(100).default([]),
})
export const upsertQueueCategoryRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9-]+$/),
  prefix: z.string().regex(/^[A-Z]$/, 'one capital letter'),
  name,
  isActive: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
})
export const upsertFacilityRequest = z.strictObject({
  floorId: id.nullable().default(null),
  areaId: id.nullable().default(null),
  kind: z.enum(facilityKinds),
  name,
  hours: cleanText({ max: 100 }).nullable().default(null),
  capacity: z.number().int().min(0).max(1_000_000).nullable().default(null),
  /** a blank Chinese note is no note */
  note: localizedText({ max: 500, min: 0, multiline: true })
    .transform((note) => (note.zh ? note : null))
    .nullable()
    .default(null),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
})
