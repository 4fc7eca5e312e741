import type {
  AnnouncementDates,
  AnnouncementResponse,
  TradingCategory,
  TradingLotStage,
  TradingMethod,
  TradingOrgKind,
  TradingOrgResponse,
  TradingProjectResponse,
  TradingProjectStatus,
} from '@yimin/shared'
import { fromFlag, fromJson, toNumber } from '../../db/convert'
import type { AnnouncementRow } from './announcements.repository'
import type { LotRow, OrgRow, ProjectRow } from './trading.repository'

export function presentOrg(o: OrgRow): TradingOrgResponse {
  return { id: o.id, name: o.name, creditCode: o.credit_code, kind: o.kind as TradingOrgKind }
}

export function presentLot(l: LotRow) {
  return {
    id: l.id,
    seq: Number(l.seq),
    name: l.name,
    budgetFen: toNumber(l.budget_fen),
    ceilingFen: l.ceiling_fen == null ? null : toNumber(l.ceiling_fen),
    bidDeadline: l.bid_deadline,
    openingAt: l.opening_at,
    timetableVersion: l.timetable_version == null ? null : Number(l.timetable_version),
    stage: l.stage as TradingLotStage,
    awardNoticeOn: l.award_notice_on,
    contractSignedOn: l.contract_signed_on,
    contractFiledOn: l.contract_filed_on,
    resultReportOn: l.result_report_on,
    awardFen: l.award_fen == null ? null : toNumber(l.award_fen),
  }
}

export function presentProject(
  p: ProjectRow,
  lots: LotRow[],
  orgs: ReadonlyMap<string, OrgRow>,
): TradingProjectResponse {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    category: p.category as TradingCategory,
    method: p.method as TradingMethod,
    region: p.region,
    owner: presentOrg(orgs.get(p.owner_org_id)!),
    agency: presentOrg(orgs.get(p.agency_org_id)!),
    supervisingDepartmentId: p.supervising_department_id,
    budgetFen: toNumber(p.budget_fen),
    isLegallyRequired: fromFlag(p.is_legally_required),
    status: p.status as TradingProjectStatus,
    createdAt: p.created_at,
    registeredAt: p.registered_at,
    lots: lots.map(presentLot),
  }
}

/** `now` decides whether a published announcement is still scheduled (its time not yet come). */
export function presentAnnouncement(a: AnnouncementRow, now: string): AnnouncementResponse {
  const status =
    a.status === 'published' ? (a.publish_at && a.publish_at > now ? 'scheduled' : 'published') : 'draft'
  return {
    id: a.id,
    projectId: a.project_id,
    kind: a.kind as AnnouncementResponse['kind'],
    title: a.title,
    body: a.body,
    language: a.language as AnnouncementResponse['language'],
    status,
    previousId: a.previous_id,
    dates: fromJson<AnnouncementDates>(a.dates) ?? {},
    movedDeadline: fromJson<AnnouncementResponse['movedDeadline']>(a.moved_deadline),
    publishAt: a.publish_at,
    createdAt: a.created_at,
    lotIds: fromJson<string[]>(a.lot_ids) ?? [],
  }
}
