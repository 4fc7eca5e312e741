import type { APIRequestContext } from 'playwright-core'

export const passportName = '普通护照签发'

interface Summary {
  code: string
  name: { zh: string }
}

/**
 * The published matter 普通护照签发: the demo catalog's, or (when the demo has none) one created
 * here through the admin API with a department of its own. `request` must be signed in as admin.
 */
export async function ensurePassportMatter(request: APIRequestContext, baseUrl: string): Promise<string> {
  const found = await request.get(`${baseUrl}/api/v1/catalog/matters?q=${encodeURIComponent(passportName)}`)
  const items = ((await found.json()) as { items: Summary[] }).items
  const existing = items.find((m) => m.name.zh === passportName)
  if (existing) return existing.code

  const department = await request.post(`${baseUrl}/api/v1/org/departments`, {
    data: { code: 'E2E-CRJ', name: { zh: '出入境管理（测试）' }, level: 'city', divisionCode: '650100' },
  })
  if (!department.ok()) throw new Error(`department: ${department.status()} ${await department.text()}`)
  const { id: departmentId } = (await department.json()) as { id: string }
  const code = 'E2E-HZ-001'
  const created = await request.post(`${baseUrl}/api/v1/catalog/admin/matters`, {
    data: {
      code,
      name: { zh: passportName },
      type: 'licensing',
      departmentId,
      level: 'city',
      keywords: ['护照', '出国'],
      legalLimitDays: 15,
      promisedLimitDays: 7,
      conditions: ['具有中华人民共和国国籍的公民'],
      materials: [{ name: { zh: '居民身份证' }, form: 'original', copies: 1, isRequired: true }],
      legalBasis: ['《中华人民共和国护照法》'],
      steps: [
        { name: '受理', limitDays: 1 },
        { name: '审核', limitDays: 5 },
        { name: '制证', limitDays: 1 },
      ],
      delivery: ['window', 'post'],
      onlineLevel: 'prereview',
      visits: 1,
    },
  })
  if (!created.ok()) throw new Error(`matter: ${created.status()} ${await created.text()}`)
  const { id } = (await created.json()) as { id: string }
  const published = await request.post(`${baseUrl}/api/v1/catalog/admin/matters/${id}/publish`, { data: {} })
  if (!published.ok()) throw new Error(`publish: ${published.status()} ${await published.text()}`)
  return code
}
