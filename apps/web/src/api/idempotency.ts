import { useRef } from 'react'
import { ApiError } from './client'

/** A random key (crypto.getRandomValues works on plain HTTP inside the LAN; randomUUID does not). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * One Idempotency-Key per intended submit (issue 17.6): reused while the submit has no answer
 * (a double click, a retry after a network failure), replaced once the server answered, so the
 * next submit is a new request. Wrap the mutation's request: `withKey((key) => post(…, { key }))`.
 */
export function useIdempotencyKey(): <T>(send: (key: string) => Promise<T>) => Promise<T> {
  const current = useRef<string | null>(null)
  return async (send) => {
    current.current ??= newKey()
    try {
      const result = await send(current.current)
      current.current = null
      return result
    } catch (error) {
      // no answer (status 0): the same key again, so a retry cannot create a second one
      if (!(error instanceof ApiError && error.status === 0)) current.current = null
      throw error
    }
  }
}
