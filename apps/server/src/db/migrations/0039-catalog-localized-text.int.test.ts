import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { passportDoc, seedCatalogFixtures } from '../../modules/catalog/test-fixtures'
import { up } from './0039-catalog-localized-text'

/**
 * Migration 0039 on the database under test (SQLite or PostgreSQL): documents and bundle forms
 * stored with `nameUg`/`labelUg`/`optionsUg` triplets read, after it, as the catalog wrote them
 * in the `LocalizedText` shape; a second run changes nothing.
 */
describe.skipIf(isDbUnavailable())('migration 0039: the catalog JSON in one localized-text shape', () => {
  let ctx: TestContext
  let versionId: string
  let bundleId: string
  let newDocument: unknown
  let newForm: unknown

  beforeAll(async () => {
    ctx = await createTestContext()
    const f = await seedCatalogFixtures(ctx.container.database.db)
    const { matters, bundles } = ctx.container.catalog
    const created = await matters.create(
      'system',
      passportDoc(f, {
        name: { zh: '普通护照签发', ug: 'ئادەتتىكى پاسپورت', en: 'Ordinary passport issuance' },
        formFields: [
          {
            key: 'purpose',
            label: { zh: '出境事由', en: 'Purpose of travel' },
            type: 'select',
            options: [{ zh: '旅游', ug: 'ساياھەت', en: 'Tourism' }, { zh: '其他' }],
          },
        ],
      }),
    )
    versionId = (await matters.publish('system', created.id)).published!.id
    await matters.create('system', passportDoc(f, { code: 'GA-CRJ-002', name: { zh: '普通护照换发' } }))
    const second = await matters.create(
      'system',
      passportDoc(f, { code: 'GA-CRJ-003', name: { zh: '普通护照补发' } }),
    )
    await matters.publish('system', second.id)
    const matter = await matters.create('system', passportDoc(f, { code: 'GA-CRJ-004' }))
    await matters.publish('system', matter.id)
    const bundle = await bundles.create('system', {
      code: 'YJS-CG',
      name: { zh: '出国一件事' },
      leadDepartmentId: f.departments.exitEntry,
      matterCodes: ['GA-CRJ-001', 'GA-CRJ-003'],
      form: [
        {
          key: 'country',
          label: { zh: '前往国家', ug: 'دۆلەت', en: 'Country' },
          type: 'select',
          options: [{ zh: '哈萨克斯坦', en: 'Kazakhstan' }],
        },
      ],
    })
    bundleId = bundle.id
    const db = ctx.container.database.db
    const version = await db
      .selectFrom('matter_versions')
      .select('document')
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow()
    const row = await db
      .selectFrom('bundles')
      .select('form')
      .where('id', '=', bundleId)
      .executeTakeFirstOrThrow()
    newDocument = JSON.parse(version.document)
    newForm = JSON.parse(row.form)
    // what an older build stored
    const old = {
      ...(newDocument as object),
      name: '普通护照签发',
      nameUg: 'ئادەتتىكى پاسپورت',
      nameEn: 'Ordinary passport issuance',
      materials: (newDocument as { materials: Array<{ name: { zh: string } }> }).materials.map((m) => ({
        ...m,
        name: m.name.zh,
      })),
      formFields: [
        {
          key: 'purpose',
          label: '出境事由',
          labelEn: 'Purpose of travel',
          type: 'select',
          isRequired: false,
          options: ['旅游', '其他'],
          optionsUg: ['ساياھەت'],
          optionsEn: ['Tourism'],
        },
      ],
    }
    const oldForm = [
      {
        key: 'country',
        label: '前往国家',
        labelUg: 'دۆلەت',
        labelEn: 'Country',
        type: 'select',
        isRequired: false,
        options: ['哈萨克斯坦'],
        optionsEn: ['Kazakhstan'],
      },
    ]
    await db
      .updateTable('matter_versions')
      .set({ document: JSON.stringify(old) })
      .where('id', '=', versionId)
      .execute()
    await db
      .updateTable('bundles')
      .set({ form: JSON.stringify(oldForm) })
      .where('id', '=', bundleId)
      .execute()
  })
  afterAll(() => ctx.close())

  it('rewrites every version and bundle form, and a second run changes nothing', async () => {
    const db = ctx.container.database.db
    const stored = async () => ({
      documents: await db.selectFrom('matter_versions').select(['id', 'document']).orderBy('id').execute(),
      forms: await db.selectFrom('bundles').select(['id', 'form']).orderBy('id').execute(),
    })
    const others = (await stored()).documents.filter((d) => d.id !== versionId)
    await up(db)
    const after = await stored()
    expect(JSON.parse(after.documents.find((d) => d.id === versionId)!.document)).toEqual(newDocument)
    expect(JSON.parse(after.forms.find((b) => b.id === bundleId)!.form)).toEqual(newForm)
    // documents already in the new shape are untouched
    expect(after.documents.filter((d) => d.id !== versionId)).toEqual(others)
    await up(db)
    expect(await stored()).toEqual(after)

    // a fresh process (no cached versions) serves the guide and the bundle from them
    const fresh = await createTestContext({ shareWith: ctx })
    try {
      const guide = await fresh.app.inject({ method: 'GET', url: '/api/v1/catalog/matters/GA-CRJ-001' })
      expect(guide.statusCode, guide.body).toBe(200)
      expect(guide.json().document).toMatchObject({
        name: { zh: '普通护照签发', ug: 'ئادەتتىكى پاسپورت', en: 'Ordinary passport issuance' },
        formFields: [{ label: { zh: '出境事由', en: 'Purpose of travel' } }],
      })
      const bundle = await fresh.app.inject({ method: 'GET', url: '/api/v1/catalog/bundles/YJS-CG' })
      expect(bundle.statusCode, bundle.body).toBe(200)
      expect(bundle.json().form[0].options).toEqual([{ zh: '哈萨克斯坦', en: 'Kazakhstan' }])
    } finally {
      await fresh.close()
    }
  })
})
