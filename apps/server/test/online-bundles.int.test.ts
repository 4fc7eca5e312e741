import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicant, residentId } from '../src/modules/cases/test-fixtures'
import {
  citizenSession,
  multipart,
  samplePdf,
  seedOnlineFixtures,
  type OnlineFixtures,
} from '../src/modules/online/test-fixtures'
import type { LocalizedText } from '@yimin/shared'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

interface Material {
  key: string
  name: LocalizedText
}

/** Issue #7: a bundle's receipt, its public progress and one rating for the whole bundle (一事一评); organisation applicants. */
describe.skipIf(isDbUnavailable())(
  'online bundles: receipt, progress by bundle number, one rating per bundle',
  () => {
    let ctx: TestContext
    let f: OnlineFixtures
    let citizen: string
    let stranger: string
    let taxApprover: string
    const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: object) =>
      ctx.app.inject({
        method,
        url: `/api/v1${url}`,
        ...(cookie ? { headers: { cookie } } : {}),
        ...(payload ? { payload } : {}),
      })
    const db = () => ctx.container.database.db
    const organisation = {
      kind: 'organisation',
      name: '乌鲁木齐丝路餐饮有限公司',
      creditCode: '91350100m000100y43',
      legalRepresentative: '艾力',
      phone: '13955556666',
    }

    /** A bundle filed online by the signed-in citizen; returns the submitted application. */
    const fileBundle = async (who: string, applicantBody: object) => {
      const app = (
        await api('POST', '/citizen/applications', who, { kind: 'bundle', code: f.bundleCode })
      ).json()
      expect(
        (
          await api('PUT', `/citizen/applications/${app.id}`, who, {
            applicant: applicantBody,
            formData: { companyName: '丝路拉面馆' },
            delivery: { method: 'window' },
          })
        ).statusCode,
      ).toBe(200)
      for (const name of ['食品经营许可申请书', '营业执照', '经营场所平面图', '税务登记表']) {
        const key = encodeURIComponent((app.materials as Material[]).find((m) => m.name.zh === name)!.key)
        const body = multipart(`${name}.pdf`, 'application/pdf', samplePdf(name))
        const up = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/citizen/applications/${app.id}/materials/${key}/file`,
          payload: body.payload,
          headers: { ...body.headers, cookie: who },
        })
        expect(up.statusCode).toBe(200)
      }
      const submitted = await api('POST', `/citizen/applications/${app.id}/submit`, who, {})
      expect(submitted.statusCode).toBe(200)
      return submitted.json() as {
        id: string
        bundleNumber: string
        cases: Array<{ id: string; number: string; matterCode: string }>
      }
    }

    /** Accepts a case, finishes its department tasks and decides it (approved). */
    const completeCase = async (caseId: string, approver: string) => {
      const handlers: Record<string, string> = {
        [f.departments.market]: f.marketHandler,
        [f.departments.fire]: f.fireHandler,
        [f.departments.health]: f.healthHandler,
        [f.departments.tax]: f.taxHandler,
      }
      const accepted = await api('POST', `/cases/${caseId}/accept`, f.clerk, {})
      expect(accepted.statusCode, accepted.body).toBe(200)
      for (const task of accepted.json().tasks as Array<{ id: string; departmentId: string }>) {
        expect(
          (
            await api('POST', `/cases/${caseId}/tasks/${task.id}/complete`, handlers[task.departmentId]!, {
              outcome: 'approved',
            })
          ).statusCode,
        ).toBe(200)
      }
      const done = await api('POST', `/cases/${caseId}/complete`, approver, {
        outcome: 'approved',
        resultNumber: `R-${caseId.slice(-6)}`,
      })
      expect(done.json().status).toBe('completed')
    }

    beforeAll(async () => {
      ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
      ctx.clock.set('2026-03-02T02:00:00.000Z')
      f = await seedOnlineFixtures(ctx)
      citizen = await citizenSession(ctx, '13955556666')
      stranger = await citizenSession(ctx, '13933334444')
      taxApprover = await staffSession(ctx, 'tax-approver', [
        { role: 'approver', departmentId: f.departments.tax },
      ])
    })
    afterAll(() => ctx.close())

    it('takes an organisation as the applicant (credit code with its GB 32100 check character)', async () => {
      const app = (
        await api('POST', '/citizen/applications', citizen, { kind: 'bundle', code: f.bundleCode })
      ).json()
      // the application carries the bundle's names in the catalog's languages
      expect(app.name).toEqual({ zh: '我要开餐馆（测试）', en: 'Open a restaurant (test)' })
      const bad = await api('PUT', `/citizen/applications/${app.id}`, citizen, {
        applicant: { ...organisation, creditCode: '91350100M000100Y44' },
      })
      expect(bad.statusCode).toBe(400)
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
      expect(JSON.stringify(bad.json().details)).toContain('creditCode')
      const saved = await api('PUT', `/citizen/applications/${app.id}`, citizen, { applicant: organisation })
      expect(saved.json().applicant).toEqual({ ...organisation, creditCode: '91350100M000100Y43' })
    })

    it('prints one receipt for the bundle: its number, each case with its due date, the materials once, a QR to the bundle progress', async () => {
      const b = await fileBundle(citizen, organisation)
      const res = await api('GET', `/citizen/applications/${b.id}/receipt`, citizen)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      const html = res.body
      expect(html).toContain('一件事受理回执')
      expect(html).toContain(b.bundleNumber)
      for (const c of b.cases) expect(html).toContain(c.number)
      expect(html).toContain('乌鲁木齐丝路餐饮有限公司（法定代表人：艾力）')
      expect(html).toContain('2026年3月9日前作出是否受理的决定')
      // 营业执照 is needed by both matters and listed once, with both matters
      expect(html.match(/<td>营业执照<\/td>/g)).toHaveLength(1)
      expect(html).toContain(
        '<td>营业执照</td><td data-label="状态">已收</td><td data-label="用于事项">食品经营许可、新办纳税人信息确认</td>',
      )
      expect(html).toContain('<svg')
      expect(html).toContain(`/portal/progress?number=${b.bundleNumber}`)

      // another citizen's application does not exist for them; a single matter has no bundle receipt
      expect((await api('GET', `/citizen/applications/${b.id}/receipt`, stranger)).json().code).toBe(
        'ONLINE_APPLICATION_NOT_FOUND',
      )
      expect((await api('GET', `/citizen/applications/${b.id}/receipt`, null)).statusCode).toBe(401)
      const single = (
        await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
      ).json()
      expect((await api('GET', `/citizen/applications/${single.id}/receipt`, citizen)).json().code).toBe(
        'CASE_DOCUMENT_NOT_AVAILABLE',
      )

      // the public progress of the bundle number shows every case; a wrong factor and a wrong number answer alike
      const lookup = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/bundles/lookup',
        payload: { number: b.bundleNumber, factor: '6666' },
      })
      expect(lookup.statusCode).toBe(200)
      expect(
        lookup
          .json()
          .cases.map((c: { number: string }) => c.number)
          .sort(),
      ).toEqual(b.cases.map((c) => c.number).sort())
      expect(lookup.json()).toMatchObject({ bundleNumber: b.bundleNumber })
      expect(lookup.json().name).toEqual({ zh: '我要开餐馆（测试）', en: 'Open a restaurant (test)' })
      expect(lookup.body).not.toContain('13955556666')
      const wrongFactor = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/bundles/lookup',
        payload: { number: b.bundleNumber, factor: '1234' },
      })
      const wrongNumber = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/bundles/lookup',
        payload: { number: 'YJS650100202603029999', factor: '6666' },
      })
      expect([wrongFactor.statusCode, wrongNumber.statusCode]).toEqual([404, 404])
      expect(wrongFactor.json()).toEqual(wrongNumber.json())

      // wrong tries lock the bundle number whatever the address (the wrong factor above counts):
      // four more, then even the right factor is refused, with its code (lookup-guard.int.test.ts)
      const codes: number[] = []
      for (let i = 0; i < 6; i++) {
        codes.push(
          (
            await ctx.app.inject({
              method: 'POST',
              url: '/api/v1/public/bundles/lookup',
              payload: { number: b.bundleNumber, factor: String(1000 + i) },
              remoteAddress: `10.66.0.${7 + i}`,
            })
          ).statusCode,
        )
      }
      expect(codes).toEqual([404, 404, 404, 404, 429, 429])
      const locked = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/bundles/lookup',
        payload: { number: b.bundleNumber, factor: '6666' },
        remoteAddress: '10.66.0.30',
      })
      expect(locked.json().code).toBe('LOOKUP_LOCKED')
      // the signed-in applicant still sees it
      expect(
        (
          await ctx.app.inject({
            method: 'POST',
            url: '/api/v1/public/bundles/lookup',
            payload: { number: b.bundleNumber, factor: '6666' },
            headers: { cookie: citizen },
          })
        ).statusCode,
      ).toBe(200)
    })

    it('rates a bundle once (一事一评): not before every case ended, one SMS invitation, any of its numbers rates the same bundle', async () => {
      const person = applicant({
        name: '古丽娜',
        idNumber: residentId('19920202', '044'),
        phone: '13955556666',
      })
      ctx.clock.set('2026-03-02T02:00:00.000Z')
      const b = await fileBundle(citizen, person)
      const food = b.cases.find((c) => c.matterCode === 'SCJG-SPJY-001')!
      const tax = b.cases.find((c) => c.matterCode === 'SW-DJ-001')!
      ctx.clock.set('2026-03-04T03:00:00.000Z')
      await completeCase(tax.id, taxApprover)

      // one case done, the other still open: the bundle cannot be rated yet, on any channel
      const early = await api('POST', '/ratings/case', citizen, {
        caseNumber: tax.number,
        factor: '6666',
        level: 'satisfied',
      })
      expect(early.json().code).toBe('RATING_NOT_RATABLE')
      expect(
        (
          await api('POST', '/ratings/case', null, {
            caseNumber: b.bundleNumber,
            factor: '6666',
            level: 'satisfied',
          })
        ).json().code,
      ).toBe('RATING_NOT_RATABLE')
      expect(
        (await ctx.container.sms.service.receive({ sender: '13955556666', body: '1', provider: 'outbox' }))
          .outcome,
      ).toBe('rating-nothing-to-rate')
      const invitationsOf = () =>
        db()
          .selectFrom('sms_messages')
          .select('body')
          .where('recipient', '=', '13955556666')
          .where('template', '=', 'rating.ask')
          .execute()
      await ctx.container.ratings.ratings.sendInvitations()
      expect(await invitationsOf()).toHaveLength(0)

      ctx.clock.set('2026-03-06T03:00:00.000Z')
      await completeCase(food.id, f.marketApprover)
      await ctx.container.ratings.ratings.sendInvitations()
      await ctx.container.ratings.ratings.sendInvitations()
      const asks = await invitationsOf()
      expect(asks).toHaveLength(1)
      expect(asks[0]!.body).toContain(b.bundleNumber)

      // the SMS reply rates the bundle, answered for by the lead department
      const reply = await ctx.container.sms.service.receive({
        sender: '13955556666',
        body: '２ 很方便',
        provider: 'outbox',
      })
      expect(reply.outcome).toBe('rating')
      const ratings = await db()
        .selectFrom('ratings')
        .selectAll()
        .where('subject_id', 'in', [b.id, food.id, tax.id])
        .execute()
      expect(ratings).toHaveLength(1)
      expect(ratings[0]).toMatchObject({
        subject_kind: 'bundle',
        subject_id: b.id,
        subject_label: b.bundleNumber,
        department_id: f.departments.market,
        channel: 'sms',
        level: 'satisfied',
      })

      // a second rating — by reply, by the bundle number or by either case number — is refused; the rating shows for all
      expect(
        (await ctx.container.sms.service.receive({ sender: '13955556666', body: '5', provider: 'outbox' }))
          .outcome,
      ).toBe('rating-nothing-to-rate')
      for (const number of [b.bundleNumber, food.number, tax.number]) {
        const again = await api('POST', '/ratings/case', citizen, {
          caseNumber: number,
          factor: '6666',
          level: 'very_dissatisfied',
        })
        expect(again.statusCode, number).toBe(409)
        expect(again.json().code).toBe('RATING_ALREADY_GIVEN')
        const seen = await api('POST', '/ratings/case/lookup', null, { caseNumber: number, factor: '6666' })
        expect(seen.json().rating).toMatchObject({
          subjectKind: 'bundle',
          subjectLabel: b.bundleNumber,
          level: 'satisfied',
        })
      }
      expect(
        (
          await api('POST', '/ratings/case/lookup', null, { caseNumber: b.bundleNumber, factor: '0000' })
        ).json().code,
      ).toBe('RATING_SUBJECT_NOT_FOUND')
      expect(
        await db()
          .selectFrom('ratings')
          .select('id')
          .where('subject_id', 'in', [b.id, food.id, tax.id])
          .execute(),
      ).toHaveLength(1)
    })

    it('rates a bundle from the portal by a case number, once', async () => {
      ctx.clock.set('2026-03-09T02:00:00.000Z')
      const b = await fileBundle(
        citizen,
        applicant({ name: '古丽娜', idNumber: residentId('19920202', '044'), phone: '13955556666' }),
      )
      ctx.clock.set('2026-03-10T03:00:00.000Z')
      for (const c of b.cases)
        await completeCase(c.id, c.matterCode === 'SW-DJ-001' ? taxApprover : f.marketApprover)
      const ok = await api('POST', '/ratings/case', citizen, {
        caseNumber: b.cases[0]!.number,
        factor: '6666',
        level: 'dissatisfied',
        comment: '跑了两次',
      })
      expect(ok.statusCode).toBe(200)
      expect(ok.json()).toMatchObject({
        subjectKind: 'bundle',
        subjectLabel: b.bundleNumber,
        channel: 'portal',
        isBad: true,
      })
      // a bad review of a bundle opens one rectification for the lead department
      const x = await db()
        .selectFrom('rating_rectifications')
        .select(['department_id', 'status'])
        .where('rating_id', '=', ok.json().id)
        .execute()
      expect(x).toEqual([{ department_id: f.departments.market, status: 'open' }])
      expect(
        (
          await api('POST', '/ratings/case', citizen, {
            caseNumber: b.cases[1]!.number,
            factor: '6666',
            level: 'very_satisfied',
          })
        ).json().code,
      ).toBe('RATING_ALREADY_GIVEN')

      // two channels racing on one bundle (its two cases' numbers at once): one rating stands
      ctx.clock.set('2026-03-10T04:00:00.000Z')
      const raced = await fileBundle(
        citizen,
        applicant({ name: '古丽娜', idNumber: residentId('19920202', '044'), phone: '13955556666' }),
      )
      for (const c of raced.cases)
        await completeCase(c.id, c.matterCode === 'SW-DJ-001' ? taxApprover : f.marketApprover)
      const answers = await Promise.all(
        raced.cases.map((c) =>
          api('POST', '/ratings/case', null, {
            caseNumber: c.number,
            factor: '6666',
            level: 'very_satisfied',
          }),
        ),
      )
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409])
      expect(
        await db().selectFrom('ratings').select('id').where('subject_id', '=', raced.id).execute(),
      ).toHaveLength(1)

      // the lead department's worklist shows it under the bundle number; left unrectified it becomes one supervision alert
      const marketStaff = await staffSession(ctx, 'market-rectifier', [
        { role: 'handler', departmentId: f.departments.market },
      ])
      const open = (await api('GET', '/ratings/rectifications?status=open', marketStaff)).json().items
      expect(open).toEqual([
        expect.objectContaining({
          subjectKind: 'bundle',
          subjectLabel: b.bundleNumber,
          level: 'dissatisfied',
          channel: 'portal',
        }),
      ])
      ctx.clock.set('2026-03-30T02:00:00.000Z')
      expect(await ctx.container.ratings.alerts.raiseOverdue()).toEqual({ findings: 1, created: 1 })
      const alert = await db()
        .selectFrom('supervision_alerts')
        .select(['code', 'department_id', 'case_number'])
        .where('code', '=', 'BAD_RATING_NOT_RECTIFIED')
        .execute()
      expect(alert).toEqual([
        {
          code: 'BAD_RATING_NOT_RECTIFIED',
          department_id: f.departments.market,
          case_number: b.bundleNumber,
        },
      ])
    })
  },
)
