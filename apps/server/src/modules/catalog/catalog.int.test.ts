import type { LocalizedText, MatterDocumentInput } from '@yimin/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { passportDoc, seedCatalogFixtures, simpleDoc, type CatalogFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('matter catalog API', () => {
  let ctx: TestContext
  let f: CatalogFixtures
  let admin: string
  let clerk: string
  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload }),
      ...(cookie ? { headers: { cookie } } : {}),
    })
  const count = async (table: 'matters' | 'matter_versions' | 'bundles') =>
    Number(
      (
        await ctx.container.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const createPublished = async (doc: object) => {
    const created = await api('POST', '/catalog/admin/matters', admin, doc)
    expect(created.statusCode, created.body).toBe(200)
    const published = await api('POST', `/catalog/admin/matters/${created.json().id}/publish`, admin)
    expect(published.statusCode, published.body).toBe(200)
    return published.json() as { id: string; published: { id: string } }
  }

  beforeAll(async () => {
    ctx = await createTestContext()
    f = await seedCatalogFixtures(ctx.container.database.db)
    admin = await staffSession(ctx, 'cat-admin', [{ role: 'admin', departmentId: null }])
    clerk = await staffSession(ctx, 'cat-clerk', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  it('creates a draft, publishes it, and keeps the published version unchanged while the next draft is edited', async () => {
    const created = await api('POST', '/catalog/admin/matters', admin, passportDoc(f))
    expect(created.statusCode, created.body).toBe(200)
    const matter = created.json()
    expect(matter).toMatchObject({
      code: 'GA-CRJ-001',
      published: null,
      draft: { version: 1, status: 'draft' },
      extensionCapDays: 7,
    })
    expect(matter.draft.document.intakeLimitDays).toBe(5)

    // a draft is invisible to the public
    expect((await api('GET', '/catalog/matters/GA-CRJ-001')).statusCode).toBe(404)
    expect((await api('GET', '/catalog/matters?q=hz')).json().total).toBe(0)

    const published = (await api('POST', `/catalog/admin/matters/${matter.id}/publish`, admin)).json()
    expect(published).toMatchObject({ draft: null, published: { version: 1, status: 'published' } })
    const v1 = published.published

    const guide = await api('GET', '/catalog/matters/GA-CRJ-001')
    expect(guide.statusCode).toBe(200)
    expect(guide.json()).toMatchObject({
      versionId: v1.id,
      version: 1,
      isInstant: false,
      extensionCapDays: 7,
      hallArea: { code: 'A2', name: { zh: '综合业务区' } },
      queueCategory: { code: 'CRJ', prefix: 'C' },
      document: {
        name: { zh: '普通护照签发' },
        materials: [
          { name: { zh: '居民身份证' } },
          { isDeferrable: true, deferralDays: 3 },
          { isRequired: false },
        ],
      },
    })
    expect(guide.json().departments[f.departments.exitEntry].name).toEqual({ zh: '市公安局出入境管理支队' })

    // a new draft: version 2; the public still sees version 1
    const draft = await api(
      'PUT',
      `/catalog/admin/matters/${matter.id}/draft`,
      admin,
      passportDoc(f, { promisedLimitDays: 5 }),
    )
    expect(draft.statusCode, draft.body).toBe(200)
    expect(draft.json()).toMatchObject({ draft: { version: 2 }, published: { version: 1 } })
    expect((await api('GET', '/catalog/matters/GA-CRJ-001')).json().document.promisedLimitDays).toBe(7)
    const again = await api(
      'PUT',
      `/catalog/admin/matters/${matter.id}/draft`,
      admin,
      passportDoc(f, { promisedLimitDays: 6 }),
    )
    expect(again.json().draft).toMatchObject({ version: 2, id: draft.json().draft.id })

    // publishing v2 supersedes v1, whose document is what it was
    const v2 = (await api('POST', `/catalog/admin/matters/${matter.id}/publish`, admin)).json()
    expect(v2.published).toMatchObject({ version: 2, document: { promisedLimitDays: 6 } })
    expect(v2.history.map((h: { version: number; status: string }) => `${h.version}:${h.status}`)).toEqual([
      '2:published',
      '1:superseded',
    ])
    const old = await ctx.container.catalog.matters.getVersion(v1.id)
    expect(old).toMatchObject({ status: 'superseded', document: { promisedLimitDays: 7 } })
    expect((await ctx.container.catalog.matters.getPublished('GA-CRJ-001')).id).toBe(v2.published.id)
    expect(
      (await api('GET', `/catalog/admin/versions/${v1.id}`, clerk)).json().document.promisedLimitDays,
    ).toBe(7)

    // no draft now: nothing to publish or discard
    expect((await api('POST', `/catalog/admin/matters/${matter.id}/publish`, admin)).json().code).toBe(
      'CATALOG_NO_DRAFT',
    )
    expect((await api('DELETE', `/catalog/admin/matters/${matter.id}/draft`, admin)).json().code).toBe(
      'CATALOG_NO_DRAFT',
    )
  })

  it('never changes a published version row, even when asked directly', async () => {
    const { published } = await createPublished(simpleDoc('IMMUT-001', '不可变事项', f.departments.market))
    const repo = (
      ctx.container.catalog.matters as unknown as {
        repo: { updateDraft: (id: string, patch: object) => Promise<boolean> }
      }
    ).repo
    const changed = await repo.updateDraft(published.id, {
      document: '{}',
      name: 'x',
      type: 'licensing',
      department_id: f.departments.market,
      level: 'city',
      legal_limit_days: 1,
      promised_limit_days: 1,
      updated_at: 'now',
      updated_by: 'x',
    })
    expect(changed).toBe(false)
    expect((await ctx.container.catalog.matters.getVersion(published.id)).document.name).toEqual({
      zh: '不可变事项',
    })
  })

  it('lets only admins change the catalog, staff read drafts, and the public read published matters only', async () => {
    const doc = simpleDoc('PERM-001', '权限测试事项', f.departments.market)
    expect((await api('POST', '/catalog/admin/matters', undefined, doc)).statusCode).toBe(401)
    const byClerk = await api('POST', '/catalog/admin/matters', clerk, doc)
    expect(byClerk.statusCode).toBe(403)
    expect(byClerk.json().code).toBe('FORBIDDEN')
    const created = (await api('POST', '/catalog/admin/matters', admin, doc)).json()
    expect((await api('POST', `/catalog/admin/matters/${created.id}/publish`, clerk)).statusCode).toBe(403)
    expect((await api('PUT', `/catalog/admin/matters/${created.id}/draft`, clerk, doc)).statusCode).toBe(403)
    expect((await api('DELETE', `/catalog/admin/matters/${created.id}/draft`, undefined)).statusCode).toBe(
      401,
    )
    expect((await api('GET', '/catalog/admin/matters', undefined)).statusCode).toBe(401)
    expect((await api('GET', `/catalog/admin/matters/${created.id}`, undefined)).statusCode).toBe(401)
    expect((await api('GET', `/catalog/admin/versions/${created.draft.id}`, undefined)).statusCode).toBe(401)
    const list = await api('GET', '/catalog/admin/matters?status=unpublished', clerk)
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((i: { code: string }) => i.code)).toContain('PERM-001')
    expect(
      (await api('GET', `/catalog/admin/matters/${created.id}`, clerk)).json().draft.document.name,
    ).toEqual({
      zh: '权限测试事项',
    })
    expect((await api('GET', '/catalog/matters/PERM-001')).statusCode).toBe(404)
    expect((await api('GET', '/catalog/export.xlsx', undefined)).statusCode).toBe(401)
    // discarding the only draft of a never-published matter removes it and frees the code
    expect((await api('DELETE', `/catalog/admin/matters/${created.id}/draft`, admin)).json()).toEqual({
      matterDeleted: true,
    })
    expect((await api('GET', `/catalog/admin/matters/${created.id}`, admin)).json().code).toBe(
      'CATALOG_MATTER_NOT_FOUND',
    )
  })

  it.each([
    [
      'promised above legal',
      { promisedLimitDays: 16 },
      400,
      'CATALOG_PROMISED_EXCEEDS_LEGAL',
      'promisedLimitDays',
    ],
    [
      'a department that does not exist',
      { departmentId: 'no-such-department' },
      400,
      'CATALOG_DEPARTMENT_NOT_FOUND',
      'departmentId',
    ],
    [
      'a step beyond the promised limit',
      { steps: [{ name: '审查', limitDays: 9 }] },
      400,
      'CATALOG_LIMIT_EXCEEDS_PROMISED',
      'steps.0.limitDays',
    ],
    [
      '容缺 without a deadline',
      {
        materials: [
          { name: { zh: '照片' }, form: 'original', copies: 1, isRequired: true, isDeferrable: true },
        ],
      },
      400,
      'CATALOG_DEFERRAL_INVALID',
      'materials.0.deferralDays',
    ],
    [
      'an unknown queue category',
      { queueCategoryId: 'nope' },
      400,
      'CATALOG_QUEUE_CATEGORY_NOT_FOUND',
      'queueCategoryId',
    ],
  ] as const)(
    'refuses %s with a stable code and writes nothing',
    async (_what, overrides, status, code, path) => {
      const before = [await count('matters'), await count('matter_versions')]
      const res = await api(
        'POST',
        '/catalog/admin/matters',
        admin,
        passportDoc(f, { ...(overrides as Partial<MatterDocumentInput>), code: 'BAD-001' }),
      )
      expect(res.statusCode).toBe(status)
      expect(res.json().code).toBe(code)
      expect(res.json().details.issues).toContainEqual(expect.objectContaining({ path, code }))
      expect([await count('matters'), await count('matter_versions')]).toEqual(before)
    },
  )

  it('refuses a bad field shape, a duplicate code and a changed code', async () => {
    const shape = await api('POST', '/catalog/admin/matters', admin, {
      ...passportDoc(f),
      code: 'SHAPE-1',
      type: 'licence',
    })
    expect(shape.statusCode).toBe(400)
    expect(shape.json().code).toBe('VALIDATION_FAILED')
    const before = await count('matter_versions')
    const dup = await api('POST', '/catalog/admin/matters', admin, passportDoc(f))
    expect(dup.statusCode).toBe(409)
    expect(dup.json().code).toBe('CATALOG_CODE_TAKEN')
    const { id } = await createPublished(simpleDoc('CODE-001', '编码测试', f.departments.tax))
    const renamed = await api(
      'PUT',
      `/catalog/admin/matters/${id}/draft`,
      admin,
      simpleDoc('CODE-002', '编码测试', f.departments.tax),
    )
    expect(renamed.json().code).toBe('CATALOG_CODE_IMMUTABLE')
    const promised = await api(
      'PUT',
      `/catalog/admin/matters/${id}/draft`,
      admin,
      simpleDoc('CODE-001', '编码测试', f.departments.tax, { promisedLimitDays: 30 }),
    )
    expect(promised.json().code).toBe('CATALOG_PROMISED_EXCEEDS_LEGAL')
    expect(await count('matter_versions')).toBe(before + 1)
    expect((await api('PUT', '/catalog/admin/matters/nope/draft', admin, passportDoc(f))).json().code).toBe(
      'CATALOG_MATTER_NOT_FOUND',
    )
  })

  it('searches published matters by pinyin, initials, Chinese, keyword and filters', async () => {
    await createPublished(
      simpleDoc('GA-CRJ-002', '往来台湾通行证签发', f.departments.exitEntry, { keywords: ['台湾'] }),
    )
    await createPublished(
      simpleDoc('GA-HZ-001', '户口迁移', f.departments.household, { type: 'confirmation' }),
    )
    await createPublished(
      simpleDoc('SCJG-001', '个体工商户登记', f.departments.market, {
        keywords: ['营业执照'],
        level: 'district',
      }),
    )
    for (const q of ['hz', 'huzhao', 'hu zhao', '护照', '普通护照']) {
      const res = await api('GET', `/catalog/matters?q=${encodeURIComponent(q)}`)
      expect(res.statusCode).toBe(200)
      expect(res.json().items[0], q).toMatchObject({
        code: 'GA-CRJ-001',
        name: { zh: '普通护照签发' },
        department: { name: { zh: '市公安局出入境管理支队' } },
      })
    }
    const byDept = (await api('GET', `/catalog/matters?departmentId=${f.departments.exitEntry}`)).json()
    expect(byDept.items.map((i: { code: string }) => i.code).sort()).toEqual(['GA-CRJ-001', 'GA-CRJ-002'])
    expect(
      (await api('GET', '/catalog/matters?level=district')).json().items.map((i: { code: string }) => i.code),
    ).toEqual(['SCJG-001'])
    expect(
      (await api('GET', '/catalog/matters?type=confirmation&q=hk'))
        .json()
        .items.map((i: { code: string }) => i.code),
    ).toEqual(['GA-HZ-001'])
    expect(
      (await api('GET', `/catalog/matters?q=${encodeURIComponent('营业执照')}`)).json().items[0].code,
    ).toBe('SCJG-001')
    const paged = (await api('GET', '/catalog/matters?pageSize=2&page=2')).json()
    expect(paged).toMatchObject({ page: 2, pageSize: 2 })
    expect(paged.items.length).toBeLessThanOrEqual(2)
    expect((await api('GET', '/catalog/matters?level=planet')).statusCode).toBe(400)
  })

  it('bundles matters of several departments with one deduplicated material list', async () => {
    await createPublished(
      simpleDoc('SP-001', '食品经营许可', f.departments.market, {
        name: { zh: '食品经营许可', ug: 'يېمەكلىك تىجارىتى ئىجازىتى', en: 'Food business licence' },
        materials: [
          { name: { zh: '营业执照' }, form: 'copy', copies: 1, isRequired: true },
          { name: { zh: '经营场所平面图' }, form: 'original', copies: 1, isRequired: true },
        ],
      }),
    )
    await createPublished(
      simpleDoc('XF-001', '公众聚集场所投入使用营业前消防安全检查', f.departments.fire, {
        materials: [
          {
            name: { zh: '营业执照', ug: 'تىجارەت كىنىشكىسى', en: 'Business licence' },
            form: 'original_and_copy',
            copies: 2,
            isRequired: true,
          },
        ],
      }),
    )
    const unpublished = (
      await api(
        'POST',
        '/catalog/admin/matters',
        admin,
        simpleDoc('WJ-001', '公共场所卫生许可', f.departments.health),
      )
    ).json()
    const input = {
      code: 'YJS-CY',
      name: { zh: '我要开餐馆' },
      description: '开办餐饮店',
      leadDepartmentId: f.departments.market,
      matterCodes: ['SP-001', 'XF-001'],
      form: [{ key: 'shopName', label: { zh: '店名' }, type: 'text', isRequired: true }],
    }
    expect((await api('POST', '/catalog/admin/bundles', clerk, input)).statusCode).toBe(403)
    const created = await api('POST', '/catalog/admin/bundles', admin, input)
    expect(created.statusCode, created.body).toBe(200)
    const bundle = created.json()
    expect(bundle).toMatchObject({
      isComplete: true,
      promisedLimitDays: 10,
      leadDepartment: { code: 'SCJG' },
    })
    // a shared material keeps the Uyghur and English names one of its matters gives it
    expect(bundle.materials).toEqual([
      {
        name: { zh: '营业执照', ug: 'تىجارەت كىنىشكىسى', en: 'Business licence' },
        form: 'original_and_copy',
        copies: 2,
        isRequired: true,
        isDeferrable: false,
        matterCodes: ['SP-001', 'XF-001'],
      },
      {
        name: { zh: '经营场所平面图' },
        form: 'original',
        copies: 1,
        isRequired: true,
        isDeferrable: false,
        matterCodes: ['SP-001'],
      },
    ])
    // each matter with its published Uyghur and English names (absent where the matter has none)
    const matters = (await api('GET', '/catalog/bundles/YJS-CY')).json().matters as Array<{
      code: string
      name: LocalizedText
    }>
    expect(matters.map((m) => [m.code, m.name])).toEqual([
      ['SP-001', { zh: '食品经营许可', ug: 'يېمەكلىك تىجارىتى ئىجازىتى', en: 'Food business licence' }],
      ['XF-001', { zh: '公众聚集场所投入使用营业前消防安全检查' }],
    ])

    // a bundle with an unpublished matter is staff-only
    const withDraft = await api('PUT', `/catalog/admin/bundles/${bundle.id}`, admin, {
      ...input,
      matterCodes: ['SP-001', 'XF-001', 'WJ-001'],
    })
    expect(withDraft.json()).toMatchObject({ isComplete: false, promisedLimitDays: null })
    expect((await api('GET', '/catalog/bundles/YJS-CY')).statusCode).toBe(404)
    expect((await api('GET', '/catalog/bundles')).json().items).toEqual([])
    expect((await api('GET', '/catalog/bundles/YJS-CY', clerk)).statusCode).toBe(200)
    expect((await api('DELETE', `/catalog/admin/matters/${unpublished.id}/draft`, admin)).json().code).toBe(
      'CATALOG_MATTER_IN_BUNDLE',
    )
    await api('POST', `/catalog/admin/matters/${unpublished.id}/publish`, admin)
    expect((await api('GET', '/catalog/bundles')).json().items.map((b: { code: string }) => b.code)).toEqual([
      'YJS-CY',
    ])

    const bad = [
      [{ ...input, code: 'B2', matterCodes: ['SP-001', 'NOPE'] }, 'CATALOG_BUNDLE_MATTER_NOT_FOUND'],
      [{ ...input, code: 'B2', matterCodes: ['SP-001', 'SP-001'] }, 'CATALOG_BUNDLE_DUPLICATE_MATTER'],
      [{ ...input, code: 'B2', leadDepartmentId: f.departments.tax }, 'CATALOG_BUNDLE_LEAD_NOT_INVOLVED'],
      [{ ...input, code: 'B2', leadDepartmentId: 'ghost' }, 'CATALOG_DEPARTMENT_NOT_FOUND'],
      [input, 'CATALOG_BUNDLE_CODE_TAKEN'],
    ] as const
    for (const [body, code] of bad)
      expect((await api('POST', '/catalog/admin/bundles', admin, body)).json().code).toBe(code)
    expect(await count('bundles')).toBe(1)
    expect((await api('DELETE', `/catalog/admin/bundles/${bundle.id}`, admin)).json()).toEqual({ ok: true })
    expect((await api('GET', '/catalog/bundles/YJS-CY', admin)).json().code).toBe('CATALOG_BUNDLE_NOT_FOUND')
  })
})
