import { randomBytes } from 'node:crypto'
import type { TestContext } from '../../../test/support/test-app'
import { simpleDoc } from '../catalog/test-fixtures'
import { seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'

/** Test support of the online channel: sign-in through the SMS outbox, sample files, multipart bodies. */

let addressCount = 0
/** A fresh client address per caller, so per-address limits of one test do not meet another's. */
export const nextAddress = () => {
  addressCount++
  return `10.77.${Math.floor(addressCount / 250) % 250}.${(addressCount % 250) + 1}`
}

/** The latest code sent to a phone, read from the SMS outbox (what the virtual phone shows). */
export async function latestCode(ctx: TestContext, phone: string): Promise<string> {
  const row = await ctx.container.database.db
    .selectFrom('sms_messages')
    .select(['body', 'template'])
    .where('recipient', '=', phone)
    .where('template', '=', 'auth.otp')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow()
  const m = /\d{6}/.exec(row.body)
  if (!m) throw new Error(`no code in ${row.body}`)
  return m[0]
}

/** Signs a citizen in through the API; returns the cookie header. */
export async function citizenSession(
  ctx: TestContext,
  phone: string,
  extra: { idNumber?: string } = {},
): Promise<string> {
  const remoteAddress = nextAddress()
  const sent = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/otp',
    payload: { phone },
    remoteAddress,
  })
  if (sent.statusCode !== 200) throw new Error(`code request failed: ${sent.statusCode} ${sent.body}`)
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/sign-in',
    payload: { phone, code: await latestCode(ctx, phone), ...extra },
    remoteAddress,
  })
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'yimin_session')
  if (!cookie) throw new Error('no session cookie')
  return `yimin_session=${cookie.value}`
}

export const samplePdf = (text = 'yimin') =>
  Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`)
export const samplePng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )

/** A multipart/form-data body with one file, as a browser sends it (raw UTF-8 file name). */
export function multipart(
  filename: string,
  mime: string,
  content: Buffer,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----yimin${randomBytes(8).toString('hex')}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

export interface OnlineFixtures extends CaseFixtures {
  /** a bundle over the food licence and a tax matter (both ask for 营业执照) */
  bundleCode: string
  /** a matter that is not applied for online */
  offlineCode: string
}

/** The case fixtures plus a tax matter, an offline matter and a bundle. */
export async function seedOnlineFixtures(ctx: TestContext): Promise<OnlineFixtures> {
  const f = await seedCaseFixtures(ctx)
  const { matters, bundles } = ctx.container.catalog
  const docs = [
    simpleDoc('SW-DJ-001', '新办纳税人信息确认', f.departments.tax, {
      materials: [
        {
          name: { zh: '营业执照', ug: 'تىجارەت كىنىشكىسى', en: 'Business licence' },
          form: 'copy',
          copies: 1,
          isRequired: true,
        },
        { name: { zh: '税务登记表' }, form: 'original', copies: 1, isRequired: true },
      ],
      delivery: ['window', 'post'],
    }),
    simpleDoc('HJ-OFF-001', '户口迁出（窗口办理）', f.departments.household, { onlineLevel: 'consult' }),
  ]
  for (const doc of docs) {
    const created = await matters.create('system', doc)
    await matters.publish('system', created.id)
  }
  await bundles.create('system', {
    code: 'YJS-TEST',
    name: { zh: '我要开餐馆（测试）', en: 'Open a restaurant (test)' },
    leadDepartmentId: f.departments.market,
    matterCodes: ['SCJG-SPJY-001', 'SW-DJ-001'],
    form: [
      { key: 'companyName', label: { zh: '拟用企业名称' }, type: 'text', isRequired: true },
      { key: 'address', label: { zh: '经营场所地址' }, type: 'text', isRequired: false },
    ],
  })
  return { ...f, bundleCode: 'YJS-TEST', offlineCode: 'HJ-OFF-001' }
}
