import { errorStatus, type ErrorCode } from '@yimin/shared'

/**
 * The one application error. `code` is stable and translated by the web app; `message` is an
 * English explanation for logs and API users; `details` is safe to show to the caller.
 */
export class AppError extends Error {
  override name = 'AppError'
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.status = errorStatus[code]
  }
}

export const notFound = (what: string, code: ErrorCode = 'NOT_FOUND') =>
  new AppError(code, `${what} not found`)
