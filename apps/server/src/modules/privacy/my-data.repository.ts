import type { Executor } from '../../db/database'
import { casesOfCitizen } from '../cases/personal-data.queries'
import { citizenAccount } from '../citizens/personal-data.queries'
import { applicationsOfCitizen, uploadsOfCitizen } from '../online/personal-data.queries'
import { citizenAppointments, ticketsOfPhone } from '../queue/personal-data.queries'
import { ratingsOfPhone } from '../ratings/personal-data.queries'
import { messagesToPhone } from '../sms/personal-data.queries'

/**
 * What the platform holds about one citizen: by their account, and by their phone number. Each
 * module gives its part (`personal-data.queries.ts`).
 */
export class MyDataRepository {
  constructor(private readonly db: Executor) {}

  async collect(citizenId: string) {
    const citizen = await citizenAccount(this.db, citizenId)
    if (!citizen) return null
    const phone = citizen.phone
    const [applications, files, cases, appointments, tickets, ratings, messages] = await Promise.all([
      applicationsOfCitizen(this.db, citizenId),
      uploadsOfCitizen(this.db, citizenId),
      casesOfCitizen(this.db, citizenId),
      citizenAppointments(this.db, citizenId),
      ticketsOfPhone(this.db, phone),
      ratingsOfPhone(this.db, phone),
      messagesToPhone(this.db, phone),
    ])
    return { citizen, applications, files, cases, appointments, tickets, ratings, messages }
  }
}
