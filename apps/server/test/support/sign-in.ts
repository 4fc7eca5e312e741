import type { FastifyInstance } from 'fastify'
import type { Container } from '../../src/container'
import { base32Decode, totp } from '../../src/modules/auth/totp'

/** What the sign-in helpers need of a test context (an app and its container). */
export interface AppAndContainer {
  container: Container
  app: FastifyInstance
}

/** Signs in through the API and returns the cookie header to send. */
let signInCount = 0
export async function signIn(app: FastifyInstance, username: string, password: string): Promise<string> {
  // each helper sign-in comes from its own address so tests of other things never meet the rate limit
  signInCount++
  const remoteAddress = `10.200.${Math.floor(signInCount / 250) % 250}.${(signInCount % 250) + 1}`
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress,
  })
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'yimin_session')
  if (!cookie) throw new Error('no session cookie')
  return `yimin_session=${cookie.value}`
}

export const TEST_PASSWORD = 'correct-horse-battery'

/** Creates a staff account directly and signs it in. */
export async function staffSession(
  ctx: AppAndContainer,
  username: string,
  grants: Array<{
    role: 'admin' | 'clerk' | 'handler' | 'reviewer' | 'approver' | 'supervisor'
    departmentId: string | null
  }>,
): Promise<string> {
  await ctx.container.auth.createUser('system', {
    username,
    displayName: username,
    password: TEST_PASSWORD,
    grants,
  })
  return signIn(ctx.app, username, TEST_PASSWORD)
}

/**
 * Production mode: administrators and supervisors must enrol TOTP before anything else. Enrols
 * the signed-in account (a first code from the container's clock); returns the Base32 secret.
 */
export async function enrolTotp(ctx: AppAndContainer, cookie: string): Promise<string> {
  const started = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/enrol',
    headers: { cookie },
  })
  const { secret } = started.json() as { secret: string }
  const code = totp(base32Decode(secret), ctx.container.clock.now().getTime())
  const confirmed = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/confirm',
    headers: { cookie },
    payload: { code },
  })
  if (confirmed.statusCode !== 200) throw new Error(`TOTP enrolment failed: ${confirmed.body}`)
  return secret
}
