import { localDate } from '../../platform/clock'

/** How long each kind of personal data is kept, in days (README.md "Personal data" gives the reasons). */
export interface RetentionPolicy {
  /** sign-in codes (hashed) and the addresses that asked for them */
  signInCodeDays: number
  /** the text of SMS messages sent and the words of voice calls (the record that they went out stays) */
  smsBodyDays: number
  /** raw SMS replies (what a rating or an opt-out made of them stays) */
  smsReplyDays: number
  /** uploads of applications refused (不予受理) or withdrawn, and of drafts never submitted */
  closedUploadDays: number
  /** queue tickets' phone numbers and ID-number hashes */
  ticketContactDays: number
  /** the phone a rating came from (the rating and its comment stay) */
  ratingPhoneDays: number
}

export interface RetentionCutoffs {
  /** instants (ISO): what was created before them goes */
  signInCodes: string
  smsBodies: string
  smsReplies: string
  closedUploads: string
  /** civil dates (center's time zone): service days / rating days before them */
  ticketsBefore: string
  ratingsBefore: string
}

const DAY = 86_400_000

/** The cut-off of each kind at `now`: instants for the kinds kept by age, local dates for those kept by day. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy, timeZone: string): RetentionCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY)
  return {
    signInCodes: before(policy.signInCodeDays).toISOString(),
    smsBodies: before(policy.smsBodyDays).toISOString(),
    smsReplies: before(policy.smsReplyDays).toISOString(),
    closedUploads: before(policy.closedUploadDays).toISOString(),
    ticketsBefore: localDate(before(policy.ticketContactDays), timeZone),
    ratingsBefore: localDate(before(policy.ratingPhoneDays), timeZone),
  }
}
