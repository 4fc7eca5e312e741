import { Writable } from 'node:stream'
import { residentIdCheckChar } from '@yimin/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../src/platform/logger'
import { applicant } from '../src/modules/cases/test-fixtures'
import { citizenSession, nextAddress, seedOnlineFixtures } from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'
import type { OnlineFixtures } from '../src/modules/online/test-fixtures'

/** A valid resident ID whose check character is X (so its last four never occur by chance in hex ids). */
function idEndingInX(birth: string): string {
  for (let serial = 100; serial < 1000; serial++) {
    const body = `650105${birth}${serial}`
    if (residentIdCheckChar(body) === 'X') return body + 'X'
  }
  throw new Error('no serial gives X')
}

describe.skipIf(isDbUnavailable())('the log carries no personal data and no secrets', () => {
  let ctx: TestContext
  let f: OnlineFixtures
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })

  // everything personal this test sends; none of it may reach the log
  const citizenPhone = '13977771234'
  const applicantPhone = '13966665678'
  const otherPhone = '13955553456'
  const idNumber = idEndingInX('19850505')
  const name = '热依拉·买买提'
  const idFactor = idNumber.slice(-4)
  const phoneFactor = applicantPhone.slice(-4)

  beforeAll(async () => {
    ctx = await createTestContext({
      log: createLogger('trace', sink),
      env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) },
    })
    f = await seedOnlineFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('after a day of traffic, no phone, ID number, name or second factor is in the log', async () => {
    const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: unknown) =>
      ctx.app.inject({
        method,
        url: `/api/v1${url}`,
        remoteAddress: nextAddress(),
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
        },
        ...(payload === undefined ? {} : { payload: payload as object }),
      })

    // counter intake: the applicant's name, ID number and phone in the body
    const created = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant({ name, idNumber, phone: applicantPhone }),
      submittedMaterials: [0, 1],
    })
    expect(created.statusCode).toBe(200)
    const c = created.json() as { id: string; number: string }
    expect((await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).statusCode).toBe(200)
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).statusCode).toBe(200)
    expect((await api('GET', `/cases/by-number/${c.number}`, f.clerk)).statusCode).toBeLessThan(500)

    // bad input naming personal data: refused, and the refusal logged without it
    const bad = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant({ name, idNumber: idNumber.slice(0, 17) + '0', phone: otherPhone }),
      submittedMaterials: [0],
    })
    expect(bad.statusCode).toBe(400)
    expect((await api('POST', '/cases', f.clerk, `{"applicant":{"phone":"${otherPhone}"`)).statusCode).toBe(
      400,
    )

    // the public lookups with both second factors, right and wrong
    for (const factor of [idFactor, phoneFactor, '0000'])
      expect(
        (await api('POST', '/public/cases/lookup', null, { number: c.number, factor })).statusCode,
      ).toBeLessThan(500)
    expect(
      (await api('POST', '/ratings/case/lookup', null, { caseNumber: c.number, factor: idFactor }))
        .statusCode,
    ).toBeLessThan(500)
    expect(
      (
        await api('POST', '/public/bundles/lookup', null, {
          number: 'YJS650100202603020001',
          factor: idFactor,
        })
      ).statusCode,
    ).toBe(404)

    // a citizen signs in by SMS code, applies online and reads their cases
    const citizen = await citizenSession(ctx, citizenPhone, { idNumber })
    expect((await api('GET', '/citizen/me', citizen)).statusCode).toBe(200)
    expect((await api('GET', '/citizen/cases', citizen)).statusCode).toBe(200)
    const draft = await api('POST', '/citizen/applications', citizen, { kind: 'bundle', code: f.bundleCode })
    expect(draft.statusCode).toBeLessThan(500)

    // the virtual phone: the phone is a path parameter
    const vp = await api('GET', `/virtual-phone/numbers/${applicantPhone}/messages`, null)
    expect(vp.statusCode).toBe(200)
    expect(
      (await api('POST', `/virtual-phone/numbers/${applicantPhone}/replies`, null, { body: '1' })).statusCode,
    ).toBe(200)
    expect((await api('GET', '/virtual-phone/numbers', null)).statusCode).toBe(200)

    // personal data in query strings: a search, the SMS log, a path that matches no route
    expect((await api('GET', `/catalog/matters?q=${encodeURIComponent(name)}`, null)).statusCode).toBe(200)
    expect((await api('GET', `/catalog/matters?q=${otherPhone}`, null)).statusCode).toBe(200)
    expect((await api('GET', `/sms/messages?to=${otherPhone}`, f.admin)).statusCode).toBeLessThan(500)
    expect(
      (await api('GET', `/nowhere/${otherPhone}?phone=${otherPhone}&id=${idNumber}`, null)).statusCode,
    ).toBe(404)
    expect((await api('GET', `/cases?applicantPhone=${otherPhone}`, f.clerk)).statusCode).toBeLessThan(500)

    // the log was written, request by request, with URLs whose personal parts are redacted
    const log = lines.join('\n')
    // one line per request (about 25 above), each refusal with its code on it
    expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThan(20)
    expect(log).toContain('"url":"/api/v1/virtual-phone/numbers/[redacted]/messages"')
    expect(log).toContain('"url":"/api/v1/catalog/matters?q=[redacted]"')
    expect(log).toContain('"url":"/api/v1/public/cases/lookup"')
    expect(log).toContain('"code":"VALIDATION_FAILED"')

    const needles = [
      citizenPhone,
      applicantPhone,
      otherPhone,
      idNumber,
      idNumber.slice(0, 17),
      name,
      encodeURIComponent(name),
      idFactor,
      `"factor":"${phoneFactor}"`,
      `factor=${phoneFactor}`,
      '阿依古丽',
    ]
    const hits = needles.filter((n) => log.includes(n))
    expect(hits).toEqual([])
    // nor any other mobile number (masked forms like 139****1234 are fine)
    expect(log).not.toMatch(/(?<![\d.])1[3-9]\d{9}(?![\d.])/)
  })
})
