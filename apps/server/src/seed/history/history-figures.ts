import { sql } from 'kysely'
import type { Db } from '../../db/database'

/** Aggregate figures of what the history wrote (the determinism test compares two builds). */
export async function historyFigures(db: Db): Promise<Record<string, unknown>> {
  const count = async (q: string) => (await sql<{ k: string; n: number }>`${sql.raw(q)}`.execute(db)).rows
  return {
    ticketsByDayAndStatus: await count(
      `select service_date || ' ' || status as k, count(*) as n from queue_tickets group by 1 order by 1`,
    ),
    casesByStatus: await count(`select status as k, count(*) as n from cases group by 1 order by 1`),
    // online, bundles and appointments (actors/portal-actors.ts)
    casesByChannel: await count(
      `select channel || ' ' || case when bundle_id is null then 'single' else 'bundle' end || ' ' || status as k, count(*) as n from cases group by 1 order by 1`,
    ),
    onlineApplications: await count(
      `select kind || ' ' || status as k, count(*) as n from online_applications group by 1 order by 1`,
    ),
    appointments: await count(
      `select service_date || ' ' || status || ' ' || channel as k, count(*) as n from queue_appointments group by 1 order by 1`,
    ),
    ticketsByPriority: await count(
      `select priority_group || ' ' || status as k, count(*) as n from queue_tickets group by 1 order by 1`,
    ),
    citizens: await count(`select 'citizens' as k, count(*) as n from citizens`),
    caseEvents: await count(`select type as k, count(*) as n from case_events group by 1 order by 1`),
    ratings: await count(
      `select subject_kind || ' ' || channel || ' ' || level as k, count(*) as n from ratings group by 1 order by 1`,
    ),
    rectifications: await count(
      `select status as k, count(*) as n from rating_rectifications group by 1 order by 1`,
    ),
    sms: await count(`select status as k, count(*) as n from sms_messages group by 1 order by 1`),
    inbound: await count(
      `select coalesce(outcome, '-') as k, count(*) as n from sms_inbound group by 1 order by 1`,
    ),
    alerts: await count(
      `select code || ' ' || status as k, count(*) as n from supervision_alerts group by 1 order by 1`,
    ),
    appeals: await count(`select status as k, count(*) as n from rating_appeals group by 1 order by 1`),
    cards: await count(
      `select colour || ' ' || status as k, count(*) as n from supervision_cards group by 1 order by 1`,
    ),
    daily: await count(`select day as k, sum(received) as n from supervision_daily group by 1 order by 1`),
    tradingProjects: await count(
      `select category || ' ' || method || ' ' || status as k, count(*) as n from trading_projects group by 1 order by 1`,
    ),
    tradingEvents: await count(
      `select type as k, count(*) as n from trading_project_events group by 1 order by 1`,
    ),
    bids: await count(`select status as k, count(*) as n from bid_versions group by 1 order by 1`),
    openings: await count(`select status as k, count(*) as n from bid_openings group by 1 order by 1`),
    decryptions: await count(`select status as k, count(*) as n from bid_decryptions group by 1 order by 1`),
    invitations: await count(
      `select status as k, count(*) as n from expert_invitations group by 1 order by 1`,
    ),
    results: await count(`select status as k, count(*) as n from eval_results group by 1 order by 1`),
    deposits: await count(
      `select case when returned_at is null then 'held' else 'returned' end as k, count(*) as n from bid_deposits group by 1 order by 1`,
    ),
    disputes: await count(
      `select kind || ' ' || status as k, count(*) as n from trading_disputes group by 1 order by 1`,
    ),
    awards: await count(
      `select coalesce(award_notice_on, '-') || ' ' || coalesce(contract_signed_on, '-') as k, sum(award_fen) as n from trading_lots group by 1 order by 1`,
    ),
  }
}
