/**
 * The one registry of error codes. Every AppError carries one of these codes; the HTTP status
 * lives here so the server and the web app agree, and the web app translates each code
 * (a test fails when a code has no message in a language).
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_JSON: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  DEVICE_INVALID_CREDENTIAL: 401,
  DEVICE_NOT_FOUND: 404,
  DEVICE_ALREADY_REVOKED: 409,
  USER_NOT_FOUND: 404,
  USER_USERNAME_TAKEN: 409,
  USER_PASSWORD_TOO_WEAK: 400,
  SETUP_ALREADY_DONE: 409,
  SETUP_CODE_INVALID: 403,
  JOB_TYPE_UNKNOWN: 400,
  SMS_RECIPIENT_INVALID: 400,
  SMS_PROVIDER_UNAVAILABLE: 503,
  SMS_VIRTUAL_PHONE_DISABLED: 404,
  FILE_TOO_LARGE: 413,
  FILE_NOT_FOUND: 404,
  REALTIME_CHANNEL_FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const

export type ErrorCode = keyof typeof errorStatus
export const errorCodes = Object.keys(errorStatus) as ErrorCode[]

/** The body of every error answer. */
export interface ErrorBody {
  code: ErrorCode
  message: string
  details?: unknown
}
