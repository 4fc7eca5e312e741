import type { Principal } from '@yimin/shared'
import type { Container } from '../../container'
import { isUniqueViolation } from '../../db/dialect'
import { AppError } from '../../platform/errors'

/**
 * What the loaders share: the container, the actor, and the ids of what was created, by code.
 * The organisation and hall services take a Principal only, so the seed acts as a system
 * administrator (audit records it as staff:system).
 */
export const SEED_ACTOR: Principal = {
  kind: 'staff',
  userId: 'system',
  username: 'system',
  displayName: 'system',
  grants: [{ role: 'admin', departmentId: null }],
}

export interface SeedIds {
  departments: Map<string, string>
  areas: Map<string, string>
  floors: Map<number, string>
  categories: Map<string, string>
  windows: Map<number, string>
  users: Map<string, string>
  hallId: string
}

export interface SeedContext {
  c: Container
  actor: Principal
  progress: (msg: string) => void
  ids: SeedIds
}

export function need<K>(map: Map<K, string>, key: K, what: string): string {
  const id = map.get(key)
  if (id === undefined) throw new Error(`demo seed: no ${what} ${String(key)}`)
  return id
}

/** Codes an AppError may carry when another instance created the same item first. */
const raceCodes = new Set([
  'USER_USERNAME_TAKEN',
  'ORG_DEPARTMENT_CODE_TAKEN',
  'ORG_FLOOR_NUMBER_TAKEN',
  'ORG_AREA_CODE_TAKEN',
  'ORG_WINDOW_NUMBER_TAKEN',
  'ORG_QUEUE_CATEGORY_TAKEN',
  'CATALOG_CODE_TAKEN',
  'CATALOG_BUNDLE_CODE_TAKEN',
])

/** Runs a creation; losing a race to another instance (the item exists now) is not an error. */
export async function ignoreDuplicate(p: Promise<unknown>): Promise<boolean> {
  try {
    await p
    return true
  } catch (err) {
    if (err instanceof AppError && raceCodes.has(err.code)) return false
    if (isUniqueViolation(err)) return false
    throw err
  }
}

/** Runs tasks with at most `limit` in flight (argon2 hashing runs on the thread pool). */
export async function inParallel<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await fn(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
