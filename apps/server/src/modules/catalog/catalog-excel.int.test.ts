import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../cli/commands'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { passportDoc, seedCatalogFixtures, simpleDoc, type CatalogFixtures } from './test-fixtures'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Every sheet's cell values, row by row. */
async function cellsOf(file: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer)
  const out: Record<string, unknown[][]> = {}
  wb.eachSheet((ws) => {
    const rows: unknown[][] = []
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)))
    out[ws.name] = rows
  })
  return out
}

async function edit(file: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer)
  change(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe.skipIf(isDbUnavailable())('catalog Excel export and import', () => {
  let source: TestContext
  let target: TestContext
  let f: CatalogFixtures
  let sourceAdmin: string
  let targetAdmin: string
  let exported: Buffer
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-catalog-'))
  const importInto = (
    ctx: TestContext,
    cookie: string,
    payload: Buffer | string,
    query = '',
    contentType = XLSX,
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/catalog/import${query}`,
      payload,
      headers: { cookie, 'content-type': contentType },
    })
  const exportFrom = async (ctx: TestContext, cookie: string) => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/catalog/export.xlsx',
      headers: { cookie },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain(XLSX)
    return res.rawPayload
  }
  const countMatters = async (ctx: TestContext) =>
    (await ctx.container.database.db.selectFrom('matter_versions').select('id').execute()).length

  beforeAll(async () => {
    source = await createTestContext()
    target = await createTestContext()
    f = await seedCatalogFixtures(source.container.database.db)
    await seedCatalogFixtures(target.container.database.db) // the same departments by code, other ids
    sourceAdmin = await staffSession(source, 'xl-admin', [{ role: 'admin', departmentId: null }])
    targetAdmin = await staffSession(target, 'xl-admin', [{ role: 'admin', departmentId: null }])
    const { matters, bundles } = source.container.catalog
    const docs = [
      passportDoc(f, {
        name: { zh: '普通护照签发', ug: 'ئادەتتىكى پاسپورت', en: 'Ordinary passport issuance' },
        extensionMaxDays: 5,
        summary: '多行\n说明',
      }),
      simpleDoc('SP-001', '食品经营许可', f.departments.market, {
        legalLimitDays: 45,
        promisedLimitDays: 15,
        parallelDepartments: [
          { departmentId: f.departments.health, limitDays: 10, onRefusal: 'refuse_case' },
          { departmentId: f.departments.fire, limitDays: 12, onRefusal: 'lead_decides' },
        ],
        specialProcedures: [
          { kind: 'site_inspection', maxDays: 10, note: '必要时' },
          { kind: 'public_notice', maxDays: 5 },
        ],
        fees: [
          { name: '工本费', amount: 0, legalBasis: '免收' },
          { name: '检测费', amount: 12.5, unit: '元/次', legalBasis: '财税〔2019〕1号' },
        ],
      }),
      simpleDoc('GA-HZ-001', '户口迁移', f.departments.household, {
        legalLimitDays: 0,
        promisedLimitDays: 0,
        steps: [],
        type: 'confirmation',
        delivery: ['window', 'electronic'],
      }),
    ]
    for (const doc of docs) {
      const m = await matters.create('system', doc)
      await matters.publish('system', m.id)
    }
    await bundles.create('system', {
      code: 'YJS-CY',
      name: { zh: '我要开餐馆' },
      leadDepartmentId: f.departments.market,
      matterCodes: ['SP-001', 'GA-HZ-001'],
      form: [
        { key: 'shopName', label: { zh: '店名', en: 'Shop name' }, type: 'text', isRequired: true },
        {
          key: 'scale',
          label: { zh: '规模', ug: 'كۆلىمى', en: 'Size' },
          type: 'select',
          // the second choice has no Uyghur text yet: its place stays blank
          options: [
            { zh: '小型', ug: 'كىچىك', en: 'Small' },
            { zh: '中型', en: 'Medium' },
          ],
        },
      ],
    })
    exported = await exportFrom(source, sourceAdmin)
  })
  afterAll(async () => {
    await source?.close()
    await target?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('round-trips: export, import into an empty database, export again gives equal cell values on every sheet', async () => {
    const first = await cellsOf(exported)
    expect(Object.keys(first)).toEqual([
      '事项',
      '材料',
      '收费',
      '环节',
      '并联部门',
      '特别程序',
      '一件事',
      '一件事表单',
    ])
    expect(first['事项']!.length).toBe(4)
    expect(first['并联部门']![1]).toEqual(['SP-001', 1, 'WJW', 10, '整体不予许可'])

    const res = await importInto(target, targetAdmin, exported)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({ created: 3, updated: 0, unchanged: 0, published: 3, bundles: 1 })
    const second = await cellsOf(await exportFrom(target, targetAdmin))
    expect(second).toEqual(first)

    // the same file again changes nothing
    expect((await importInto(target, targetAdmin, exported)).json()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    })
    const guide = (await target.app.inject('/api/v1/catalog/matters/GA-CRJ-001')).json()
    expect(guide).toMatchObject({
      version: 1,
      hallArea: { code: 'A2' },
      document: { name: { ug: 'ئادەتتىكى پاسپورت' }, extensionMaxDays: 5 },
    })
    // the bundle's form keeps its translations: labels and each choice
    const bundle = (await target.app.inject('/api/v1/catalog/bundles/YJS-CY')).json()
    expect(bundle.form).toMatchObject([
      { key: 'shopName', label: { zh: '店名', en: 'Shop name' } },
      {
        key: 'scale',
        label: { zh: '规模', ug: 'كۆلىمى', en: 'Size' },
        options: [
          { zh: '小型', ug: 'كىچىك', en: 'Small' },
          { zh: '中型', en: 'Medium' },
        ],
      },
    ])
    expect(bundle.form[1].options[1].ug).toBeUndefined()
    expect(first['一件事表单']![0]).toEqual([
      '一件事编码',
      '序号',
      '字段键',
      '字段名称',
      '维吾尔文字段名称',
      '英文字段名称',
      '字段类型',
      '是否必填',
      '选项',
      '维吾尔文选项',
      '英文选项',
    ])
    expect(first['一件事表单']![2]).toEqual([
      'YJS-CY',
      2,
      'scale',
      '规模',
      'كۆلىمى',
      'Size',
      '选项',
      '否',
      '小型、中型',
      'كىچىك、',
      'Small、Medium',
    ])
  })

  it('reads a bundle form sheet written before its translation columns, and refuses choices that do not pair up', async () => {
    const older = await edit(exported, (wb) => {
      const sheet = wb.getWorksheet('一件事表单')!
      const headers = sheet.getRow(1).values as unknown[]
      // the columns this version added, from the right so the positions hold
      for (const h of ['英文选项', '维吾尔文选项', '英文字段名称', '维吾尔文字段名称'])
        sheet.spliceColumns(headers.indexOf(h), 1)
    })
    const res = await importInto(target, targetAdmin, older, '?mode=draft')
    expect(res.statusCode, res.body).toBe(200)

    const skewed = await edit(exported, (wb) => {
      const sheet = wb.getWorksheet('一件事表单')!
      const col = (sheet.getRow(1).values as unknown[]).indexOf('英文选项')
      sheet.getRow(3).getCell(col).value = 'Small'
    })
    const bad = await importInto(target, targetAdmin, skewed)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().details.errors).toEqual([
      expect.objectContaining({ sheet: '一件事表单', row: 3, column: '英文选项', code: 'VALIDATION_FAILED' }),
    ])
  })

  it('an import in draft mode leaves the changes as drafts', async () => {
    const changed = await edit(exported, (wb) => {
      wb.getWorksheet('事项')!.getCell('B2').value = '普通护照签发（新）'
    })
    const res = await importInto(target, targetAdmin, changed, '?mode=draft')
    expect(res.json()).toMatchObject({ updated: 1, published: 0, unchanged: 2 })
    expect((await target.app.inject('/api/v1/catalog/matters/GA-CRJ-001')).json().document.name.zh).toBe(
      '普通护照签发',
    )
  })

  it('reports every bad row with its sheet, row and column, and writes nothing', async () => {
    const before = await countMatters(target)
    const bad = await edit(exported, (wb) => {
      const matters = wb.getWorksheet('事项')!
      matters.getCell('I2').value = 99 // 承诺时限 above 法定时限 (GA-CRJ-001)
      matters.addRow([
        'NEW-001',
        '新事项',
        null,
        null,
        '行政许可',
        'NO-SUCH-DEPT',
        '市级',
        5,
        3,
        5,
        null,
        '批准人',
        null,
        null,
        null,
        '窗口领取',
        '全程网办',
        0,
        null,
        null,
        null,
        null,
      ])
      wb.getWorksheet('材料')!.getCell('F6').value = '传真件' // SP-001's material
      wb.getWorksheet('材料')!.addRow(['GHOST', 1, '身份证', null, null, '原件', 1, '是', '否'])
    })
    const res = await importInto(target, targetAdmin, bad)
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('CATALOG_EXCEL_ROWS_INVALID')
    const errors = res.json().details.errors as Array<{
      sheet: string
      row: number
      column: string
      code: string
    }>
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: '事项',
          row: 2,
          column: '承诺时限(工作日)',
          code: 'CATALOG_PROMISED_EXCEEDS_LEGAL',
        }),
        expect.objectContaining({
          sheet: '事项',
          row: 5,
          column: '实施部门编码',
          code: 'CATALOG_DEPARTMENT_NOT_FOUND',
        }),
        expect.objectContaining({ sheet: '材料', row: 6, column: '材料形式', code: 'VALIDATION_FAILED' }),
        expect.objectContaining({ sheet: '材料', column: '事项编码', code: 'CATALOG_MATTER_NOT_FOUND' }),
      ]),
    )
    expect(await countMatters(target)).toBe(before)
  })

  it('refuses a file that is not a workbook, a missing sheet or missing columns, and non-admins', async () => {
    const notXlsx = await importInto(target, targetAdmin, Buffer.from('name,code\n护照,1\n'))
    expect(notXlsx.statusCode).toBe(400)
    expect(notXlsx.json().code).toBe('CATALOG_EXCEL_INVALID')
    const octet = await importInto(
      target,
      targetAdmin,
      Buffer.from('PK\u0003\u0004garbage'),
      '',
      'application/octet-stream',
    )
    expect(octet.json().code).toBe('CATALOG_EXCEL_INVALID')
    const noColumn = await edit(exported, (wb) => wb.getWorksheet('收费')!.spliceColumns(4, 1))
    const cols = await importInto(target, targetAdmin, noColumn)
    expect(cols.statusCode).toBe(400)
    expect(cols.json()).toMatchObject({
      code: 'CATALOG_EXCEL_COLUMNS_MISSING',
      details: { sheet: '收费', columns: ['金额(元)'] },
    })
    const noSheet = await edit(exported, (wb) => wb.removeWorksheet(wb.getWorksheet('环节')!.id))
    expect((await importInto(target, targetAdmin, noSheet)).json()).toMatchObject({
      code: 'CATALOG_EXCEL_SHEET_MISSING',
      details: { sheet: '环节' },
    })
    const clerk = await staffSession(target, 'xl-clerk', [{ role: 'clerk', departmentId: null }])
    expect((await importInto(target, clerk, exported)).statusCode).toBe(403)
    expect(
      (
        await target.app.inject({
          method: 'POST',
          url: '/api/v1/catalog/import',
          payload: exported,
          headers: { 'content-type': XLSX },
        })
      ).statusCode,
    ).toBe(401)
  })

  it('has CLI commands for both, with exit codes 0 and 2', async () => {
    const lines: string[] = []
    const io = { env: source.env, say: (l: string) => lines.push(l), readStdin: async () => '' }
    const file = path.join(dir, 'catalog.xlsx')
    expect(await runCli(['catalog-export', file], io)).toBe(0)
    expect(await cellsOf(fs.readFileSync(file))).toEqual(await cellsOf(exported))
    expect(await runCli(['catalog-import', file], io)).toBe(0)
    expect(lines.at(-1)).toContain('3 unchanged')
    const bad = path.join(dir, 'bad.xlsx')
    fs.writeFileSync(bad, await edit(exported, (wb) => (wb.getWorksheet('事项')!.getCell('I2').value = 99)))
    expect(await runCli(['catalog-import', bad], io)).toBe(2)
    expect(lines.join('\n')).toContain('事项 row 2 承诺时限(工作日): CATALOG_PROMISED_EXCEEDS_LEGAL')
    expect(await runCli(['catalog-import'], io)).toBe(2)
    expect(await runCli(['catalog-import', path.join(dir, 'missing.xlsx')], io)).toBe(2)
  })
})
