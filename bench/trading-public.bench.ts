// Public trading site speed (issue 18): the public announcement list and its search at
// 100,000 published announcements, in process (app.inject) on SQLite (or the PostgreSQL database
// of BENCH_DATABASE_URL), one request at a time.
// Prints p50 / p95 / p99 per query kind. Target: p95 under 20 ms.
// Run: npx tsx bench/trading-public.bench.ts   (ANNOUNCEMENTS=100000 REQUESTS=200)
import fs from 'node:fs'
import { sql } from 'kysely'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../apps/server/src/config'
import { createContainer } from '../apps/server/src/container'
import { buildApp } from '../apps/server/src/app'
import { ManualClock } from '../apps/server/src/platform/clock'
import { createLogger } from '../apps/server/src/platform/logger'
import { newId } from '../apps/server/src/platform/ids'
import { searchFields } from '../apps/server/src/modules/trading/announcement-search'
import { GENESIS_HASH } from '../apps/server/src/modules/cases/event-chain'

const total = Number(process.env.ANNOUNCEMENTS ?? 100_000)
const requests = Number(process.env.REQUESTS ?? 200)
const categories = ['works', 'procurement', 'land', 'mining', 'property'] as const
const places = ['米东区', '天山区', '沙依巴克区', '新市区', '水磨沟区', '头屯河区', '达坂城区', '乌鲁木齐县']
const subjects = [
  '市政道路',
  '老旧小区改造',
  '学校教学楼',
  '医院设备',
  '供热管网',
  '污水处理厂',
  '公交场站',
  '绿化景观',
  '办公家具',
  '信息系统',
]
const kinds = ['招标公告', '变更公告', '中标候选人公示', '结果公告', '采购公告']
const prefixes = { works: 'GC', procurement: 'CG', land: 'TD', mining: 'KY', property: 'CQ' } as const
/** Four announcements a project; its number as the projects service makes it (prefix, year, 8 hex). */
const projectOf = (j: number) => j >> 2
const categoryOf = (p: number) => categories[p % 5]!
const codeOf = (p: number) =>
  `${prefixes[categoryOf(p)]}2020-${((p * 2654435761) >>> 0).toString(16).padStart(8, '0').toUpperCase()}`

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-trading-bench-'))
  const config = loadConfig({
    DATA_DIR: dir,
    // BENCH_DATABASE_URL: an empty PostgreSQL database to run it there instead
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? path.join(dir, 'bench.db'),
    LOG_LEVEL: 'silent',
    WORKERS: 'false',
  })
  const clock = new ManualClock('2026-06-01T02:00:00.000Z')
  const c = await createContainer({ config, clock, log: createLogger('silent') })
  const app = await buildApp(c, { serveWeb: false })
  await app.ready()
  const db = c.database.db
  const now = clock.now().toISOString()
  await db
    .insertInto('trading_organisations')
    .values({ id: 'o', name: 'o', credit_code: 'x', kind: 'agency', created_at: now })
    .execute()
  await db
    .insertInto('trading_projects')
    .values({
      id: 'p',
      code: 'GC2026-1',
      name: 'p',
      category: 'works',
      method: 'open_tender',
      region: '650109',
      owner_org_id: 'o',
      agency_org_id: 'o',
      supervising_department_id: 'd',
      budget_fen: 1,
      is_legally_required: 1,
      status: 'announced',
      event_count: 0,
      head_hash: GENESIS_HASH,
      created_by: 'b',
      created_at: now,
      updated_at: now,
      registered_at: now,
    })
    .execute()
  const t0 = performance.now()
  const batch = 500
  for (let i = 0; i < total; i += batch) {
    const rows = []
    for (let j = i; j < Math.min(total, i + batch); j++) {
      const title = `${places[j % places.length]}${subjects[(j >> 3) % subjects.length]}项目（${j}）${kinds[j % kinds.length]}`
      const at = new Date(Date.parse('2020-01-01T00:00:00Z') + j * 60_000).toISOString()
      const code = codeOf(projectOf(j))
      rows.push({
        id: newId(Date.parse(at)),
        project_id: 'p',
        kind: 'tender',
        title,
        body: '正文',
        language: 'zh-CN',
        status: 'published',
        previous_id: null,
        dates: '{}',
        moved_deadline: null,
        publish_at: at,
        category: categoryOf(projectOf(j)),
        method: 'open_tender',
        region: '650109',
        project_code: code,
        ...searchFields(title, code),
        created_by: 'b',
        created_at: at,
        updated_at: at,
      })
    }
    await db.insertInto('trading_announcements').values(rows).execute()
  }
  console.log(`inserted ${total} announcements in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  // PostgreSQL as autovacuum leaves it: statistics, and the GIN indexes' pending lists merged
  // (without them it filters every row through the (status, publish_at) index, 300+ ms a search)
  if (c.database.dialect === 'postgres') await sql`vacuum analyze trading_announcements`.execute(db)

  const queries: Record<string, string[]> = {
    'list (newest)': ['/api/v1/trading/public/announcements'],
    'by category': categories.map((x) => `/api/v1/trading/public/announcements?category=${x}`),
    'page 50': ['/api/v1/trading/public/announcements?offset=1000'],
    'search 汉字': ['米东区市政道路', '供热管网', '结果公告'].map(
      (q) => `/api/v1/trading/public/announcements?q=${encodeURIComponent(q)}`,
    ),
    'search pinyin': ['gongre', 'shizhengdaolu', 'midongqu'].map(
      (q) => `/api/v1/trading/public/announcements?q=${q}`,
    ),
    'search initials': ['grgw', 'szdl'].map((q) => `/api/v1/trading/public/announcements?q=${q}`),
    // few or no matches: LIKE read every row for these (60-80 ms); the gram index answers at once
    'search rare': ['12345', '不存在的词', 'zzzz'].map(
      (q) => `/api/v1/trading/public/announcements?q=${encodeURIComponent(q)}`,
    ),
    // a project's number in full and its tail (4 announcements each), a year's works (a fifth of
    // all), a number that does not exist
    'search number': [codeOf(1234), codeOf(4321).slice(-8), 'GC2020', 'TD2020-00000000'].map(
      (q) => `/api/v1/trading/public/announcements?q=${encodeURIComponent(q)}`,
    ),
  }
  const found = async (q: string) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/trading/public/announcements?q=${encodeURIComponent(q)}`,
      })
    ).json<{ total: number }>().total
  // the mix is only worth timing if it finds what it should: a project's four announcements by
  // its number or its tail, a capped year, nothing for a number that does not exist
  const expected: Array<[string, number]> = [
    [codeOf(1234), 4],
    [codeOf(4321).slice(-8), 4],
    ['GC2020', 1000],
    ['TD2020-00000000', 0],
    ['12345', 1],
  ]
  for (const [q, n] of expected) {
    const got = await found(q)
    if (got !== n) throw new Error(`search ${q}: ${got} matches, expected ${n}`)
  }
  console.log(`matches as expected: ${expected.map(([q, n]) => `${q} ${n}`).join(', ')}`)
  const pct = (xs: number[], p: number) =>
    xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(2)
  for (const [name, urls] of Object.entries(queries)) {
    const times: number[] = []
    for (let i = 0; i < requests; i++) {
      const url = urls[i % urls.length]!
      const s = performance.now()
      const res = await app.inject({ method: 'GET', url, remoteAddress: `10.1.${(i >> 8) & 255}.${i & 255}` })
      times.push(performance.now() - s)
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    }
    times.sort((a, b) => a - b)
    console.log(
      `${name.padEnd(16)} p50 ${pct(times, 50)} ms  p95 ${pct(times, 95)} ms  p99 ${pct(times, 99)} ms`,
    )
  }
  await app.close()
  await c.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

await main()
