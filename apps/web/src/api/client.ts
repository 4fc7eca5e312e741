import { errorCodes, type ErrorCode } from '@yimin/shared'

/** An error answered by the server: `{code, message, details}` with a stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const knownCodes = new Set<string>(errorCodes)

function toApiError(status: number, body: unknown): ApiError {
  if (
    body &&
    typeof body === 'object' &&
    'code' in body &&
    typeof body.code === 'string' &&
    knownCodes.has(body.code)
  ) {
    const b = body as { code: ErrorCode; message?: unknown; details?: unknown }
    return new ApiError(status, b.code, typeof b.message === 'string' ? b.message : b.code, b.details)
  }
  const code: ErrorCode =
    status >= 500
      ? 'SERVICE_UNAVAILABLE'
      : status === 404
        ? 'NOT_FOUND'
        : status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : 'BAD_REQUEST'
  return new ApiError(status, code, `HTTP ${status}`)
}

/**
 * The one fetch client: JSON in and out (or raw bytes, or a multipart form), same-origin
 * cookies, ApiError on failure.
 */
export async function api<T>(
  path: string,
  init: {
    method?: string
    body?: unknown
    signal?: AbortSignal
    file?: { bytes: ArrayBuffer; type: string }
    /** multipart/form-data: the browser sets the content type with its boundary */
    form?: FormData
    /** creation routes: the same key for a retried or double-clicked submit (one thing is created) */
    idempotencyKey?: string
    /** extra request headers (e.g. a room terminal's session token) */
    headers?: Record<string, string>
  } = {},
): Promise<T> {
  let response: Response
  const hasJson = init.body !== undefined
  try {
    response = await fetch(path, {
      method: init.method ?? (hasJson || init.file || init.form ? 'POST' : 'GET'),
      credentials: 'same-origin',
      headers: {
        ...(init.file
          ? { accept: 'application/json', 'content-type': init.file.type }
          : hasJson
            ? { accept: 'application/json', 'content-type': 'application/json' }
            : { accept: 'application/json' }),
        ...(init.idempotencyKey ? { 'idempotency-key': init.idempotencyKey } : {}),
        ...init.headers,
      },
      body: init.form ?? (init.file ? init.file.bytes : hasJson ? JSON.stringify(init.body) : undefined),
      signal: init.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'SERVICE_UNAVAILABLE', 'network error')
  }
  const text = await response.text()
  let body: unknown = undefined
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
  }
  if (!response.ok) throw toApiError(response.status, body)
  return body as T
}

/** Uploads one file as multipart/form-data (field `file`). */
export function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData()
  form.append('file', file, file.name)
  return api<T>(path, { form })
}

export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body })
export const put = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'PUT', body })
export const del = <T>(path: string) => api<T>(path, { method: 'DELETE' })

/** A path segment, escaped. */
export const seg = (value: string | number) => encodeURIComponent(String(value))

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export interface FieldIssue {
  /** the field path, e.g. ['materials', 2, 'deferralDays'] */
  path: Array<string | number>
  code: string
  message: string
}

/**
 * The field problems an error carries: `details.issues[]` with dotted paths (route validation
 * prefixes them with `body.`, which is dropped). Numeric segments become numbers (list indexes).
 */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError)) return []
  const details = error.details
  if (!details || typeof details !== 'object' || !('issues' in details) || !Array.isArray(details.issues))
    return []
  return (details.issues as unknown[]).flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return []
    const i = raw as { path?: unknown; code?: unknown; message?: unknown }
    if (typeof i.path !== 'string') return []
    const parts = i.path.split('.').filter(Boolean)
    if (parts[0] === 'body') parts.shift()
    return [
      {
        path: parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        code: typeof i.code === 'string' ? i.code : 'VALIDATION_FAILED',
        message: typeof i.message === 'string' ? i.message : '',
      },
    ]
  })
}

/** What a shared zod schema accepts (defaults optional), without importing zod here. */
export type SchemaInput<S extends { _zod: { input: unknown } }> = S['_zod']['input']
