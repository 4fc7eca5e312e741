import type { Kysely } from 'kysely'

/**
 * Trading center, the record after the announcement (issue 18): objections (异议) to the
 * documents, procurement challenges (质疑) and complaints (投诉) to the supervising department,
 * each with the limit the timetable gives it; and the facts of a lot the center records by hand
 * until part 2 produces them: the award notice (中标/成交通知书), the contract's signing and filing,
 * the works result report (招标投标情况书面报告), the awarded amount. Dates are local dates ('YYYY-MM-DD').
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trading_disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('trading_projects.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('complainant', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('known_on', 'text')
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('trading_disputes_project')
    .on('trading_disputes')
    .columns(['project_id', 'kind'])
    .execute()
  await db.schema
    .createIndex('trading_disputes_status')
    .on('trading_disputes')
    .columns(['status', 'due_on'])
    .execute()
  for (const col of ['award_notice_on', 'contract_signed_on', 'contract_filed_on', 'result_report_on'])
    await db.schema.alterTable('trading_lots').addColumn(col, 'text').execute()
  // the awarded amount (中标/成交金额, fen): figures of savings against the budget
  await db.schema.alterTable('trading_lots').addColumn('award_fen', 'bigint').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
