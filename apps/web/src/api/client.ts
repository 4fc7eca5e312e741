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
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' && knownCodes.has(body.code)) {
    const b = body as { code: ErrorCode; message?: unknown; details?: unknown }
    return new ApiError(status, b.code, typeof b.message === 'string' ? b.message : b.code, b.details)
  }
  const code: ErrorCode = status >= 500 ? 'SERVICE_UNAVAILABLE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST'
  return new ApiError(status, code, `HTTP ${status}`)
}

/** The one fetch client: JSON in and out, same-origin cookies, ApiError on failure. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
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

export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body })
