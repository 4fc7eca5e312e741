import { hash, verify } from '@node-rs/argon2'

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): ~25 ms on one core here.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

let dummyHash: Promise<string> | null = null

/**
 * Verifies a password. With no stored hash (unknown user) it still verifies against a dummy,
 * so an unknown user and a wrong password take the same time and get the same answer.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    dummyHash ??= hash('dummy-password-for-timing', options)
    await verify(await dummyHash, password)
    return false
  }
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}
