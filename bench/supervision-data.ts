// Realistic supervision data for the benchmark: N cases over two years across the demo catalog
// (~159 matters, 33 departments, the hall's windows), 5% open (recent, some late, some paused),
// written straight through SQL in multi-row statements (not through the services).
import { sql } from 'kysely'
import type { Container } from '../apps/server/src/container'
import { formatDate, parseDate } from '../apps/server/src/modules/calendar/civil-dates'
import type { WorkingCalendar } from '../apps/server/src/modules/calendar/working-days'
import { LightCountsRepository } from '../apps/server/src/modules/cases/light-counts.repository'

type Value = string | number | null
const ROWS_PER_STATEMENT = 5000
const OPEN_SHARE = 0.05

/** xorshift: the same data on every run */
function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

const lit = (v: Value) =>
  v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`

class Writer {
  private rows: string[] = []
  constructor(
    private readonly c: Container,
    private readonly table: string,
    private readonly columns: string[],
    /** rows here reference that writer's rows: it goes first */
    private readonly parent: Writer | null = null,
  ) {}
  async add(values: Value[]) {
    this.rows.push(`(${values.map(lit).join(',')})`)
    if (this.rows.length >= ROWS_PER_STATEMENT) await this.flush()
  }
  async flush() {
    if (!this.rows.length) return
    await this.parent?.flush()
    const text = `insert into ${this.table} (${this.columns.join(',')}) values ${this.rows.join(',')}`
    this.rows = []
    await sql.raw(text).execute(this.c.database.db)
  }
}

const CASE_COLUMNS =
  'id,number,matter_id,matter_version_id,matter_code,matter_name,department_id,accepting_division_code,channel,status,outcome,bundle_id,applicant_kind,applicant_name,applicant_id_number,applicant_phone,legal_representative,agent_name,agent_id_number,agent_phone,agent_authorisation_key,notify,citizen_id,form_data,received_on,submitted_on,accepted_on,completed_on,intake_due_on,due_on,legal_due_on,is_due_provisional,extension_days,correction_count,received_at,accepted_at,completed_at,closed_at,received_by,window_id,result_number,delivery_method,tracking_number,event_count,head_hash,sealed_count,created_at,updated_at'.split(
    ',',
  )
const TASK_COLUMNS =
  'id,case_id,department_id,holder_department_id,kind,status,outcome,limit_days,due_on,is_due_provisional,on_refusal,note,finished_at,finished_by,created_at,updated_at'.split(
    ',',
  )
const PAUSE_COLUMNS =
  'id,case_id,kind,procedure,max_days,approved_by,reason,from_on,to_on,started_at,ended_at'.split(',')

/**
 * The secondary indexes of the tables the load fills, dropped before it and built again after:
 * one sort per index instead of a random insert into each of ~16 indexes per case, which stops
 * fitting the cache long before a million cases (SQLite's 32 MB, PostgreSQL's shared buffers) and
 * made a million take 30-55 minutes. Indexes behind a constraint (primary keys) stay.
 */
async function dropSecondaryIndexes(c: Container, tables: string[]): Promise<string[]> {
  const db = c.database.db
  const defs =
    c.database.dialect === 'sqlite'
      ? (
          await sql<{ name: string; def: string }>`select name, sql as def from sqlite_master
            where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(db)
        ).rows
      : (
          await sql<{ name: string; def: string }>`select indexname as name, indexdef as def from pg_indexes i
            where schemaname = current_schema() and tablename in (${sql.join(tables)})
              and not exists (select 1 from pg_constraint k
                where k.conname = i.indexname and k.connamespace = current_schema()::regnamespace)`.execute(
            db,
          )
        ).rows
  for (const d of defs) await sql`drop index ${sql.ref(d.name)}`.execute(db)
  return defs.map((d) => d.def)
}

export interface GeneratedData {
  cases: number
  open: number
  tasks: number
  pauses: number
  seconds: number
  /** of which building the indexes again and the stored deadlines and counts after the load */
  indexSeconds: number
}

/** Writes `n` cases ending on `today`; returns what it wrote. */
export async function generateCases(
  c: Container,
  cal: WorkingCalendar,
  n: number,
  today: string,
): Promise<GeneratedData> {
  const started = performance.now()
  const random = rng(20260316)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const matters = (
    await c.database.db
      .selectFrom('matter_versions')
      .select([
        'id',
        'matter_id',
        'name',
        'department_id',
        'promised_limit_days',
        'legal_limit_days',
        'document',
      ])
      .where('status', '=', 'published')
      .execute()
  ).map((m) => {
    const doc = JSON.parse(m.document) as {
      code: string
      parallelDepartments: Array<{ departmentId: string; limitDays: number }>
    }
    return { ...m, code: doc.code, parallel: doc.parallelDepartments }
  })
  const windows = (
    await c.database.db.selectFrom('window_departments').select(['window_id', 'department_id']).execute()
  ).reduce(
    (m, w) => m.set(w.department_id, [...(m.get(w.department_id) ?? []), w.window_id]),
    new Map<string, string[]>(),
  )
  const staff = (await c.database.db.selectFrom('users').select('id').execute()).map((u) => `staff:${u.id}`)
  const cases = new Writer(c, 'cases', CASE_COLUMNS)
  const tasks = new Writer(c, 'case_tasks', TASK_COLUMNS, cases)
  const pauses = new Writer(c, 'case_pauses', PAUSE_COLUMNS, cases)
  const todayOrd = parseDate(today)
  const counts = { cases: 0, open: 0, tasks: 0, pauses: 0 }
  const statusesOpen = [
    ...Array(10).fill('in_progress'),
    'received',
    'received',
    'supplement_requested',
    'special_procedure',
    'correction_requested',
  ] as string[]
  const hex = (i: number) => i.toString(16).padStart(12, '0')
  const useTx = c.database.dialect === 'sqlite'
  const indexes = await dropSecondaryIndexes(c, ['cases', 'case_tasks', 'case_pauses'])
  // a larger page cache while loading and indexing (restored after)
  c.database.sqlite?.pragma('cache_size = -512000')
  if (useTx) await sql`begin`.execute(c.database.db)
  for (let i = 0; i < n; i++) {
    const m = pick(matters)
    const promised = Number(m.promised_limit_days)
    const isOpen = random() < OPEN_SHARE
    const id = `01900000-0000-7000-8000-${hex(i)}`
    // open cases were received in the last weeks; closed ones any day over two years
    // (working days are ~1.4 calendar days: most are within their limit, about one in ten is late)
    const receivedOrd = isOpen
      ? todayOrd - Math.floor(random() * Math.max(2, promised * 1.5 + 1))
      : todayOrd - 1 - Math.floor(random() * 729)
    const received = formatDate(receivedOrd)
    const status = isOpen
      ? pick(statusesOpen)
      : random() < 0.03
        ? 'refused'
        : random() < 0.02
          ? 'withdrawn'
          : random() < 0.5
            ? 'delivered'
            : 'completed'
    const isAccepted =
      !['received', 'correction_requested', 'refused'].includes(status) &&
      !(status === 'withdrawn' && random() < 0.5)
    const acceptedOn = isAccepted ? (random() < 0.7 ? received : cal.addWorkingDays(received, 1).date) : null
    const due = acceptedOn ? cal.addWorkingDays(acceptedOn, promised).date : null
    const isDone = status === 'completed' || status === 'delivered'
    const late = random() < 0.08
    const usedDays = Math.max(
      0,
      late ? promised + 1 + Math.floor(random() * 5) : Math.floor(random() * (promised + 1)),
    )
    let completedOn = isDone && acceptedOn ? cal.addWorkingDays(acceptedOn, usedDays).date : null
    if (completedOn && completedOn >= today) completedOn = formatDate(todayOrd - 1)
    const at = (date: string, hour: number) =>
      `${formatDate(parseDate(date) - (hour < 8 ? 1 : 0))}T${String((hour + 16) % 24).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`
    const closedAt = completedOn
      ? at(completedOn, 16)
      : status === 'refused' || status === 'withdrawn'
        ? at(received, 17)
        : null
    const dept = m.department_id
    const windowId = windows.get(dept) ? pick(windows.get(dept)!) : null
    await cases.add([
      id,
      `650100${received.replaceAll('-', '')}${String(i % 100000).padStart(5, '0')}${i}`,
      m.matter_id,
      m.id,
      m.code,
      m.name,
      dept,
      '650100',
      'window',
      status,
      isDone ? 'approved' : null,
      null,
      'person',
      '测试申请人',
      '650105198001011234',
      '13800000000',
      null,
      null,
      null,
      null,
      null,
      'applicant',
      null,
      '{}',
      received,
      received,
      acceptedOn,
      completedOn,
      cal.addWorkingDays(received, 5).date,
      due,
      acceptedOn ? cal.addWorkingDays(acceptedOn, Number(m.legal_limit_days)).date : null,
      0,
      0,
      random() < 0.02 ? 2 : 0,
      at(received, 10),
      acceptedOn ? at(acceptedOn, 11) : null,
      completedOn ? at(completedOn, 15) : null,
      closedAt,
      pick(staff),
      windowId,
      null,
      null,
      null,
      3,
      '0'.repeat(64),
      0,
      at(received, 10),
      at(received, 10),
    ])
    counts.cases++
    if (isOpen) counts.open++
    if (acceptedOn) {
      const open = isOpen
      const taskList = [
        { departmentId: dept, limitDays: promised, kind: 'lead' },
        ...m.parallel.map((p) => ({
          departmentId: p.departmentId,
          limitDays: p.limitDays,
          kind: 'parallel',
        })),
      ]
      for (const t of taskList) {
        const taskDone = !open || random() < 0.3
        await tasks.add([
          `01900000-0000-7000-9000-${hex(counts.tasks)}`,
          id,
          t.departmentId,
          t.departmentId,
          t.kind,
          taskDone ? 'done' : 'open',
          taskDone ? 'approved' : null,
          t.limitDays,
          cal.addWorkingDays(acceptedOn, t.limitDays).date,
          0,
          'continue',
          null,
          taskDone ? at(completedOn ?? today, 14) : null,
          taskDone ? pick(staff) : null,
          at(acceptedOn, 11),
          at(acceptedOn, 11),
        ])
        counts.tasks++
      }
      if (status === 'supplement_requested' || status === 'special_procedure') {
        const from = formatDate(Math.max(parseDate(acceptedOn), todayOrd - 1 - Math.floor(random() * 8)))
        await pauses.add([
          `01900000-0000-7000-a000-${hex(counts.pauses)}`,
          id,
          status === 'special_procedure' ? 'special_procedure' : 'supplement',
          status === 'special_procedure' ? 'site_inspection' : null,
          status === 'special_procedure' ? 5 : null,
          null,
          '补充材料',
          from,
          null,
          at(from, 10),
          null,
        ])
        counts.pauses++
      }
    }
    if (useTx && i % 50_000 === 49_999) {
      await cases.flush()
      await tasks.flush()
      await pauses.flush()
      await sql`commit`.execute(c.database.db)
      await sql`begin`.execute(c.database.db)
    }
  }
  await cases.flush()
  await tasks.flush()
  await pauses.flush()
  if (useTx) await sql`commit`.execute(c.database.db)
  const indexing = performance.now()
  for (const def of indexes) await sql.raw(def).execute(c.database.db)
  c.database.sqlite?.pragma('cache_size = -32000')
  // the stored earliest running deadline the cases repository keeps (migration 0013), set at once
  await sql`update cases set light_due_on = intake_due_on where status = 'received'`.execute(c.database.db)
  await sql`update cases set light_due_on = coalesce((select min(t.due_on) from case_tasks t where t.case_id = cases.id and t.status = 'open' and (cases.due_on is null or t.due_on < cases.due_on)), due_on) where status = 'in_progress'`.execute(
    c.database.db,
  )
  await sql`update case_tasks set case_status = (select c.status from cases c where c.id = case_tasks.case_id) where status = 'open'`.execute(
    c.database.db,
  )
  // the maintained supervision counts (migration 0045) of the rows loaded behind the repository's back
  await new LightCountsRepository(c.database.db).rebuild()
  return {
    ...counts,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    indexSeconds: Math.round((performance.now() - indexing) / 100) / 10,
  }
}
