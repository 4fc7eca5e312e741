import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { applicant, foodLicenceDoc, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

/** Cases store the matter's Chinese name; the case, its public progress and the staff view serve the catalog's Uyghur and English. */
describe.skipIf(isDbUnavailable())('matter names in the reader’s language on cases', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let named: { id: string }
  const api = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    })

  beforeAll(async () => {
    ctx = await createTestContext()
    f = await seedCaseFixtures(ctx)
    const doc = foodLicenceDoc(f, {
      code: 'SCJG-NAMES-001',
      name: { zh: '食品经营许可（名称）', ug: 'يېمەكلىك تىجارەت ئىجازەتنامىسى', en: 'Food business licence' },
    })
    // the first material named in all three languages, the second in English only
    doc.materials = (doc.materials ?? []).map((m, i) =>
      i === 0
        ? { ...m, name: { ...m.name, ug: 'ئىلتىماس جەدۋىلى', en: 'Application form' } }
        : i === 1
          ? { ...m, name: { ...m.name, en: 'Business licence' } }
          : m,
    )
    named = await ctx.container.catalog.matters.create('system', doc)
    await ctx.container.catalog.matters.publish('system', named.id)
  })
  afterAll(() => ctx.close())

  it('serves the matter’s Uyghur and English names with the case, its public progress; null where the catalog has none', async () => {
    const created = await api('POST', '/cases', f.clerk, {
      matterCode: 'SCJG-NAMES-001',
      applicant: applicant({ phone: '13899994321' }),
      submittedMaterials: [0, 1, 2],
    })
    expect(created.statusCode, created.body).toBe(200)
    const c = created.json() as {
      id: string
      number: string
      matterName: { zh: string; ug?: string; en?: string }
    }
    // the answer to the change and the later read both carry the names
    expect(c).toMatchObject({
      matterName: {
        zh: '食品经营许可（名称）',
        ug: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
        en: 'Food business licence',
      },
    })
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).json()).toMatchObject({
      matterName: { ug: 'يېمەكلىك تىجارەت ئىجازەتنامىسى', en: 'Food business licence' },
    })
    const progress = await api('POST', '/public/cases/lookup', null, { number: c.number, factor: '4321' })
    expect(progress.json()).toMatchObject({
      number: c.number,
      matterName: {
        zh: '食品经营许可（名称）',
        ug: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
        en: 'Food business licence',
      },
    })

    // its materials carry the names of the version the case follows, by position
    const materials = (
      c as unknown as { materials: Array<{ name: { zh: string; ug?: string; en?: string } }> }
    ).materials
    expect(materials.slice(0, 3)).toEqual([
      expect.objectContaining({
        name: { zh: '食品经营许可申请书', ug: 'ئىلتىماس جەدۋىلى', en: 'Application form' },
      }),
      expect.objectContaining({ name: { zh: '营业执照', en: 'Business licence' } }),
      expect.objectContaining({ name: { zh: '经营场所平面图' } }),
    ])

    // a new published version of the matter renames it: the case shows the catalog's current names
    await ctx.container.catalog.matters.saveDraft(
      'system',
      named.id,
      foodLicenceDoc(f, {
        code: 'SCJG-NAMES-001',
        name: {
          zh: '食品经营许可（名称）',
          ug: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
          en: 'Food business permit',
        },
      }),
    )
    await ctx.container.catalog.matters.publish('system', named.id)
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).json()).toMatchObject({
      matterName: { en: 'Food business permit' },
    })

    // a matter without translations: only the Chinese name (the web shows it)
    const plain = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant({ phone: '13899994322' }),
        submittedMaterials: [0, 1, 2],
      })
    ).json() as { number: string }
    expect(
      (await api('POST', '/public/cases/lookup', null, { number: plain.number, factor: '4322' })).json()
        .matterName,
    ).toEqual({ zh: '食品经营许可' })
  })
})
