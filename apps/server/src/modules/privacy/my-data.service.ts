import type { Principal } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import { citizenOf } from '../citizens/citizens.service'
import type { MyDataRepository } from './my-data.repository'

const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown))

/**
 * A citizen's copy of their personal data (个人信息保护法 art. 45): their account, applications
 * and uploads (names, not contents), cases, appointments, tickets, ratings and messages, as
 * one JSON document. The download is audited.
 */
export class MyDataService {
  constructor(
    private readonly repo: MyDataRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(principal: Principal, ip: string | null) {
    const { citizenId } = citizenOf(principal)
    const data = await this.repo.collect(citizenId)
    if (!data) throw new AppError('AUTH_REQUIRED', 'sign in with your phone first')
    await this.audit.record({ actor: principal, action: 'citizen.data_export', subject: citizenId, ip })
    const c = data.citizen
    return {
      exportedAt: this.clock.now().toISOString(),
      account: {
        phone: c.phone,
        name: c.name,
        idNumber: c.id_number,
        createdAt: c.created_at,
        lastSignInAt: c.last_sign_in_at,
      },
      applications: data.applications.map((a) => ({
        ...a,
        applicant: parse(a.applicant),
        form_data: parse(a.form_data),
        delivery: parse(a.delivery),
      })),
      uploads: data.files,
      cases: data.cases,
      appointments: data.appointments,
      tickets: data.tickets,
      ratings: data.ratings,
      messages: data.messages,
    }
  }
}
