import { OTP_LENGTH, type Principal } from '@yimin/shared'
import { attempt, type World } from '../world'

/** Someone the history signs in on the portal. */
export interface Citizen {
  phone: string
  idNumber: string
}

/**
 * Citizens sign in on the portal as anyone does: a code is asked for their phone, arrives as
 * an SMS (read from the virtual phone, the demo's phone), and is typed in. Each person signs in
 * once in a history; their principal is kept for later steps (a correction upload days later).
 */
export class CitizenSessions {
  private readonly signedIn = new Map<string, Principal>()
  private readonly code = new RegExp(`(?<!\\d)\\d{${OTP_LENGTH}}(?!\\d)`)

  constructor(private readonly w: World) {}

  async signIn(p: Citizen): Promise<Principal | null> {
    const known = this.signedIn.get(p.phone)
    if (known) return known
    const { w } = this
    const asked = await attempt(w, 'sign-in code', () => w.c.online.citizens.requestCode(p.phone, null))
    if (!asked) return null
    const phone = await attempt(w, 'read code', () =>
      w.c.sms.service.virtualPhoneConversation({ kind: 'anonymous' }, p.phone),
    )
    const sms = phone?.filter((m) => m.direction === 'out').at(-1)
    const code = sms?.body.match(this.code)?.[0]
    if (!code) {
      w.failures.set('sign-in: no code', (w.failures.get('sign-in: no code') ?? 0) + 1)
      return null
    }
    const session = await attempt(w, 'sign in', () =>
      w.c.online.citizens.verify(
        { phone: p.phone, code, idNumber: p.idNumber },
        { ip: null, userAgent: 'demo-history' },
      ),
    )
    const principal = session && (await w.c.online.citizens.resolveSession(session.token))
    if (!principal) return null
    this.signedIn.set(p.phone, principal)
    return principal
  }
}
