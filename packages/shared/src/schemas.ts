import { z } from 'zod'
import { cleanText } from './text'
import { deviceKinds, roles } from './roles'

/** Request and response shapes shared by the server and the web app. */
export const idSchema = z.string().min(1).max(64)
export const isoTimestamp = z.string().describe('ISO-8601 UTC timestamp')

export const roleGrantSchema = z.strictObject({
  role: z.enum(roles),
  departmentId: idSchema.nullable(),
})

export const loginRequest = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
})

export const meResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('staff'),
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    grants: z.array(roleGrantSchema),
    permissions: z.array(z.string()),
    /** production: an administrator or supervisor without TOTP may only enrol it (403 TOTP_ENROLMENT_REQUIRED elsewhere) */
    totpEnrolmentRequired: z.boolean().optional(),
    /** the windows this staff member staffs (the roster), so the counter knows its window; on /me only */
    windows: z
      .array(
        z.object({
          id: z.string(),
          number: z.number(),
          name: z.string(),
          hallId: z.string(),
          hallName: z.string(),
        }),
      )
      .optional(),
  }),
  z.object({
    kind: z.literal('device'),
    deviceId: z.string(),
    deviceKind: z.enum(deviceKinds),
    name: z.string(),
    windowId: z.string().nullable(),
    areaId: z.string().nullable(),
    /** the hall of its window or area: its hall display channel is `hall:<hallId>` */
    hallId: z.string().nullable(),
  }),
  z.object({ kind: z.literal('citizen'), citizenId: z.string(), phoneMasked: z.string() }),
])
export type MeResponse = z.infer<typeof meResponse>

/** A right password for an account with TOTP: the code comes next, with this token. */
export const totpRequiredResponse = z.object({
  kind: z.literal('totp-required'),
  pendingToken: z.string(),
  expiresAt: isoTimestamp,
})
export const loginResponse = z.union([meResponse, totpRequiredResponse])
export type LoginResponse = z.infer<typeof loginResponse>

/** The second sign-in step: a 6-digit TOTP code or a recovery code. */
export const loginCodeRequest = z.strictObject({
  pendingToken: z.string().min(16).max(128),
  code: z.string().trim().min(6).max(32),
})

export const totpCodeRequest = z.strictObject({ code: z.string().trim().min(6).max(32) })

export const totpStatusResponse = z.object({
  enabled: z.boolean(),
  pending: z.boolean(),
  enabledAt: isoTimestamp.nullable(),
  recoveryCodesLeft: z.number().int(),
  required: z.boolean(),
})
export type TotpStatusResponse = z.infer<typeof totpStatusResponse>

export const totpEnrolmentResponse = z.object({
  /** Base32, to type into an authenticator app */
  secret: z.string(),
  /** otpauth:// URI (what the QR code holds) */
  uri: z.string(),
  /** the QR code as an SVG document */
  qrSvg: z.string(),
})
export type TotpEnrolmentResponse = z.infer<typeof totpEnrolmentResponse>

export const totpRecoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) })

export const passwordSchema = z.string().min(10).max(256)

export const phoneSchema = z.string().regex(/^1[3-9]\d{9}$/, 'mainland mobile number')
export const staffNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,16}$/, 'letters, digits and dashes, at most 16')

export const createUserRequest = z.strictObject({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[a-zA-Z0-9._-]+$/),
  displayName: cleanText({ min: 1, max: 64 }),
  password: passwordSchema,
  grants: z.array(roleGrantSchema).min(1).max(20),
  /** optional mobile number: the supervision sweep texts the responsible staff about new alerts */
  phone: phoneSchema.nullable().optional(),
  /** 工号 (shown on the window's rating pad): letters, digits and dashes */
  staffNumber: staffNumberSchema.nullable().optional(),
})
export const setUserPhoneRequest = z.strictObject({ phone: phoneSchema.nullable() })

export const userResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  isDisabled: z.boolean(),
  grants: z.array(roleGrantSchema),
  /** the staff member's mobile number, masked (139****0001), or null */
  phoneMasked: z.string().nullable(),
  /** signs in with a TOTP code after the password */
  totpEnabled: z.boolean(),
  staffNumber: z.string().nullable(),
  createdAt: isoTimestamp,
})
export type UserResponse = z.infer<typeof userResponse>

export const deviceResponse = z.object({
  id: z.string(),
  kind: z.enum(deviceKinds),
  name: z.string(),
  windowId: z.string().nullable(),
  areaId: z.string().nullable(),
  createdAt: isoTimestamp,
  revokedAt: isoTimestamp.nullable(),
  lastSeenAt: isoTimestamp.nullable(),
  /** browsers signed in as this device (device sessions) */
  activeSessions: z.number().int(),
})
export type DeviceResponse = z.infer<typeof deviceResponse>

export const createDeviceRequest = z.strictObject({
  kind: z.enum(deviceKinds),
  name: cleanText({ min: 1, max: 64 }),
  windowId: idSchema.nullable().default(null),
  areaId: idSchema.nullable().default(null),
})

/** Phones: mainland mobile numbers, 11 digits starting with 1. */

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***'
}

/**
 * The demo history (GET /api/v1/demo-history): whether the ~90 days behind the demo center are
 * built; staff screens show a banner while it builds. `off` in production and when disabled.
 */
export const demoHistoryStatus = z.object({
  state: z.enum(['off', 'building', 'done', 'failed']),
  /** working days built so far, of `days` */
  done: z.number().int(),
  days: z.number().int(),
  /** the first and last day of the history (local dates) */
  from: z.string().nullable(),
  to: z.string().nullable(),
  seed: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
})
export type DemoHistoryStatus = z.infer<typeof demoHistoryStatus>
