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
      name: '食品经营许可（名称）',
      nameUg: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
      nameEn: 'Food business licence',
    })
    // the first material named in all three languages, the second in English only
    doc.materials = (doc.materials ?? []).map((m, i) =>
      i === 0
        ? { ...m, nameUg: 'ئىلتىماس جەدۋىلى', nameEn: 'Application form' }
        : i === 1
          ? { ...m, nameEn: 'Business licence' }
          : m,
    )
    named = await ctx.container.catalog.matters.create('system', doc)
    await ctx.container.catalog.matters.publish('system', named.id)
  })
  afterAll(() => ctx.close())

  it('serves nameUg / nameEn of the matter with the case, its public progress; null where the catalog has none', async () => {
    const created = await api('POST', '/cases', f.clerk, {
      matterCode: 'SCJG-NAMES-001',
      applicant: applicant({ phone: '13899994321' }),
      submittedMaterials: [0, 1, 2],
    })
    expect(created.statusCode, created.body).toBe(200)
    const c = created.json() as {
      id: string
      number: string
      matterName: string
      matterNameUg: string | null
      matterNameEn: string | null
    }
    // the answer to the change and the later read both carry the names
    expect(c).toMatchObject({
      matterName: '食品经营许可（名称）',
      matterNameUg: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
      matterNameEn: 'Food business licence',
    })
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).json()).toMatchObject({
      matterNameUg: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
      matterNameEn: 'Food business licence',
    })
    const progress = await api('POST', '/public/cases/lookup', null, { number: c.number, factor: '4321' })
    expect(progress.json()).toMatchObject({
      number: c.number,
      matterName: '食品经营许可（名称）',
      matterNameUg: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
      matterNameEn: 'Food business licence',
    })

    // its materials carry the names of the version the case follows, by position
    const materials = (
      c as unknown as { materials: Array<{ name: string; nameUg: string | null; nameEn: string | null }> }
    ).materials
    expect(materials.slice(0, 3)).toEqual([
      expect.objectContaining({
        name: '食品经营许可申请书',
        nameUg: 'ئىلتىماس جەدۋىلى',
        nameEn: 'Application form',
      }),
      expect.objectContaining({ name: '营业执照', nameUg: null, nameEn: 'Business licence' }),
      expect.objectContaining({ name: '经营场所平面图', nameUg: null, nameEn: null }),
    ])

    // a new published version of the matter renames it: the case shows the catalog's current names
    await ctx.container.catalog.matters.saveDraft(
      'system',
      named.id,
      foodLicenceDoc(f, {
        code: 'SCJG-NAMES-001',
        name: '食品经营许可（名称）',
        nameUg: 'يېمەكلىك تىجارەت ئىجازەتنامىسى',
        nameEn: 'Food business permit',
      }),
    )
    await ctx.container.catalog.matters.publish('system', named.id)
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).json()).toMatchObject({
      matterNameEn: 'Food business permit',
    })

    // a matter without translations: the fields are null (the web shows the Chinese name)
    const plain = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant({ phone: '13899994322' }),
        submittedMaterials: [0, 1, 2],
      })
    ).json() as { number: string }
    expect(
      (await api('POST', '/public/cases/lookup', null, { number: plain.number, factor: '4322' })).json(),
    ).toMatchObject({ matterNameUg: null, matterNameEn: null })
  })
})
