import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { newId } from '../src/platform/ids'
import { applicant, seedCaseFixtures } from '../src/modules/cases/test-fixtures'
import { residentId, seedQueueFixtures } from '../src/modules/queue/test-fixtures'
import { createTestContext, isDbUnavailable } from './support/test-app'

const DAY = 86_400_000

describe.skipIf(isDbUnavailable())('personal data with a lifetime (the daily privacy sweep)', () => {
  it('forgets sign-in codes, ticket contacts, SMS texts and replies, rating phones, each at its time', async () => {
    const ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    try {
      const db = ctx.container.database.db
      const f = await seedQueueFixtures(ctx)
      const phone = '13899990007'
      const otp = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/citizen/otp',
        payload: { phone },
        remoteAddress: '10.9.9.9',
      })
      expect(otp.statusCode).toBe(200)
      const ticket = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/queue/tickets',
        headers: { authorization: `Device ${f.kiosk}` },
        payload: { categoryId: f.categories.a, phone, idNumber: residentId() },
      })
      expect(ticket.statusCode, ticket.body).toBe(200)
      expect(await ctx.container.sms.dispatcher.drain()).toBeGreaterThan(0) // sent: their texts may go later
      const at = ctx.clock.now().toISOString()
      await db
        .insertInto('sms_inbound')
        .values({
          id: newId(),
          sender: phone,
          body: '1 很满意',
          provider: 'outbox',
          received_at: at,
          outcome: 'rating',
        })
        .execute()
      // a voice call's words go with the SMS texts; a call still queued is left alone
      for (const status of ['answered', 'queued'])
        await db
          .insertInto('voice_calls')
          .values({
            id: newId(),
            cause_key: `expert-invitation:${status}`,
            recipient: phone,
            template: 'expert.invitation',
            body: '您被抽取为评标专家：时间 2026/03/05 14:00，地点 第二评标室。',
            params: '{"time":"2026/03/05 14:00","place":"第二评标室","minutes":"30"}',
            keys: '["1","2"]',
            out_id: `out${status}`.padEnd(15, '0').slice(0, 15),
            status,
            attempts: 1,
            provider: 'aliyun',
            provider_call_id: null,
            last_error: null,
            key_pressed: status === 'answered' ? '1' : null,
            created_at: at,
            updated_at: at,
            placed_at: at,
          })
          .execute()
      const ratingId = newId()
      await db
        .insertInto('ratings')
        .values({
          id: ratingId,
          subject_kind: 'ticket',
          subject_id: ticket.json().id,
          subject_label: ticket.json().number,
          department_id: null,
          window_id: null,
          staff_id: null,
          channel: 'sms',
          level: 'very_satisfied',
          score: 5,
          indicators: '{}',
          comment: '办得很快',
          phone,
          source_message_id: null,
          is_bad: 0,
          is_excluded: 0,
          rated_at: at,
          rated_on: '2026-03-02',
        })
        .execute()

      const state = async () => ({
        codes: (await db.selectFrom('citizen_otps').select('id').where('phone', '=', phone).execute()).length,
        ticket: await db
          .selectFrom('queue_tickets')
          .select(['phone', 'id_hash', 'number'])
          .where('id', '=', ticket.json().id)
          .executeTakeFirstOrThrow(),
        texts: (
          await db
            .selectFrom('sms_messages')
            .select(['body', 'recipient'])
            .where('recipient', '=', phone)
            .execute()
        ).map((m) => m.body),
        voice: (
          await db
            .selectFrom('voice_calls')
            .select(['status', 'body', 'params'])
            .where('recipient', '=', phone)
            .orderBy('status')
            .execute()
        ).map((c) => `${c.status}:${c.body ? 'words' : ''}:${c.params}`),
        replies: (await db.selectFrom('sms_inbound').select('id').where('sender', '=', phone).execute())
          .length,
        rating: await db
          .selectFrom('ratings')
          .select(['phone', 'comment', 'score'])
          .where('id', '=', ratingId)
          .executeTakeFirstOrThrow(),
      })
      const sweepAfter = async (days: number) => {
        ctx.clock.set(new Date(Date.parse('2026-03-02T02:00:00Z') + days * DAY))
        await ctx.container.retention.sweep()
        return state()
      }

      const day1 = await sweepAfter(1)
      expect(day1.codes).toBe(1)
      expect(day1.ticket.phone).toBe(phone)
      expect(day1.ticket.id_hash).not.toBeNull()

      const day3 = await sweepAfter(3) // sign-in codes: 2 days
      expect(day3.codes).toBe(0)
      expect(day3.ticket.phone).toBe(phone)

      const day31 = await sweepAfter(31) // ticket contacts: 30 days; the ticket itself stays
      expect(day31.ticket).toEqual({ phone: null, id_hash: null, number: day1.ticket.number })
      expect(day31.texts.every((b) => b.length > 0)).toBe(true)
      expect(day31.voice).toEqual(day1.voice)
      expect(day31.replies).toBe(1)

      const day181 = await sweepAfter(181) // SMS texts and raw replies: 180 days
      expect(day181.texts.length).toBe(day1.texts.length) // the record that they went out stays
      expect(day181.texts.every((b) => b === '')).toBe(true)
      expect(day181.voice).toEqual(['answered::{}', day1.voice[1]])
      expect(day1.voice[1]).toMatch(/^queued:words:\{"time"/)
      expect(day181.replies).toBe(0)
      expect(day181.rating.phone).toBe(phone)

      const day366 = await sweepAfter(366) // the phone of a rating: 365 days; the rating stays
      expect(day366.rating).toEqual({ phone: null, comment: '办得很快', score: 5 })

      const audits = await db
        .selectFrom('audit_log')
        .select(['actor', 'details'])
        .where('action', '=', 'privacy.sweep')
        .orderBy('at')
        .execute()
      expect(audits).toHaveLength(5)
      expect(audits.every((a) => a.actor === 'system')).toBe(true)
      expect(JSON.parse(audits[1]!.details!)).toMatchObject({ signInCodes: 1, ticketContacts: 0 })
      expect(JSON.parse(audits[2]!.details!)).toMatchObject({ ticketContacts: 1 })
      expect(JSON.parse(audits[4]!.details!)).toMatchObject({ ratingPhones: 1, smsBodies: 0 })
    } finally {
      await ctx.close()
    }
  }, 60_000)

  it('deletes the uploads of refused cases after their time, and keeps every case record and running case files', async () => {
    const ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    try {
      const db = ctx.container.database.db
      const f = await seedCaseFixtures(ctx)
      const api = (url: string, payload: object) =>
        ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie: f.clerk }, payload })
      const newCase = async () =>
        (
          await api('/cases', {
            matterCode: 'GA-CRJ-001',
            applicant: applicant(),
            submittedMaterials: [0, 1],
          })
        ).json().id as string
      const refused = await newCase()
      const running = await newCase()
      expect(
        (await api(`/cases/${refused}/refuse`, { reason: '不符合条件', legalBasis: '《护照法》第十三条' }))
          .statusCode,
      ).toBe(200)
      expect((await api(`/cases/${running}/accept`, {})).statusCode).toBe(200)
      // scans uploaded online for both (the online channel links materials to stored content)
      const scan = await ctx.container.storage.put(Buffer.from('%PDF-1.4 refused applicant scan'))
      const kept = await ctx.container.storage.put(Buffer.from('%PDF-1.4 running case scan'))
      await db
        .updateTable('case_materials')
        .set({ file_key: scan.key })
        .where('case_id', '=', refused)
        .execute()
      await db
        .updateTable('case_materials')
        .set({ file_key: kept.key })
        .where('case_id', '=', running)
        .execute()
      // written half a year ago, as far as the file system knows (the sweep spares content written in the last minutes)
      const old = new Date(Date.now() - 200 * DAY)
      for (const k of [scan.key, kept.key])
        fs.utimesSync(path.join(ctx.config.storageDir, 'objects', k.slice(0, 2), k.slice(2, 4), k), old, old)
      const events = async () =>
        (await db.selectFrom('case_events').select('id').where('case_id', 'in', [refused, running]).execute())
          .length
      const eventsBefore = await events()

      ctx.clock.advance(179 * DAY)
      expect((await ctx.container.retention.sweep()).closedCases).toBe(0)
      expect(await ctx.container.storage.exists(scan.key)).toBe(true)

      ctx.clock.advance(2 * DAY)
      const report = await ctx.container.retention.sweep()
      expect(report).toMatchObject({ closedCases: 1, filesDeleted: 1 })
      expect(await ctx.container.storage.exists(scan.key)).toBe(false)
      expect(await ctx.container.storage.exists(kept.key)).toBe(true)
      const materials = await db
        .selectFrom('case_materials')
        .select(['case_id', 'name', 'status', 'file_key'])
        .where('case_id', 'in', [refused, running])
        .execute()
      expect(materials.filter((m) => m.case_id === refused).every((m) => m.file_key === null && m.name)).toBe(
        true,
      )
      expect(materials.filter((m) => m.case_id === running).every((m) => m.file_key === kept.key)).toBe(true)
      // the case record: the refused case, its events and the tamper-evident history are untouched
      expect(
        (await db.selectFrom('cases').select('status').where('id', '=', refused).executeTakeFirstOrThrow())
          .status,
      ).toBe('refused')
      expect(await events()).toBe(eventsBefore)
      expect((await ctx.container.cases.chain.verify()).problems).toEqual([])
      expect((await ctx.container.retention.sweep()).closedCases).toBe(0) // nothing left to do
    } finally {
      await ctx.close()
    }
  }, 60_000)
})
