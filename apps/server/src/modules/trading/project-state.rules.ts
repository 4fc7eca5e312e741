import type { AnnouncementKind, TradingCategory, TradingLotStage, TradingProjectStatus } from '@yimin/shared'

/**
 * A project's stages and the announcements each allows, pure. An agency enters a project
 * (draft); the center registers it (进场登记); the first tender or transfer announcement opens
 * it; candidates go into publicity; a result awards it; a termination ends it at any stage
 * before the award.
 */
const allowed: Record<TradingProjectStatus, readonly AnnouncementKind[]> = {
  draft: [],
  registered: ['tender', 'transfer', 'termination'],
  announced: ['change', 'candidates', 'result', 'termination'],
  evaluating: ['change', 'candidates', 'result', 'termination'],
  publicity: ['change', 'result', 'termination'],
  awarded: [],
  // every lot failed (流标): a change, or the termination before a re-tender
  failed: ['change', 'termination'],
  terminated: [],
}

/** Tenders for works and procurement; transfers (出让公告) for land, mining rights and property. */
export function openingKind(category: TradingCategory): AnnouncementKind {
  return category === 'works' || category === 'procurement' ? 'tender' : 'transfer'
}

export function canPublish(
  status: TradingProjectStatus,
  category: TradingCategory,
  kind: AnnouncementKind,
): boolean {
  if (!allowed[status].includes(kind)) return false
  if (kind === 'tender' || kind === 'transfer') return kind === openingKind(category)
  // candidates publicity (中标候选人公示) is a tendering step
  if (kind === 'candidates') return category === 'works' || category === 'procurement'
  return true
}

/** The status after an announcement of this kind is published. */
export function statusAfter(status: TradingProjectStatus, kind: AnnouncementKind): TradingProjectStatus {
  switch (kind) {
    case 'tender':
    case 'transfer':
      return 'announced'
    case 'candidates':
      return 'publicity'
    case 'result':
      return 'awarded'
    case 'termination':
      return 'terminated'
    case 'change':
      return status
  }
}

/** The stage a lot reaches when an announcement of this kind is published for it. */
export function lotStageAfter(kind: AnnouncementKind): TradingLotStage | null {
  return kind === 'candidates' ? 'publicity' : kind === 'result' ? 'awarded' : null
}

/** May a lot at this stage get a candidates or result announcement of its own. */
export function canPublishForLot(stage: TradingLotStage, kind: AnnouncementKind): boolean {
  if (kind === 'candidates') return stage === 'open' || stage === 'evaluating'
  if (kind === 'result') return stage === 'open' || stage === 'evaluating' || stage === 'publicity'
  return true
}

/** Stages between the first announcement and the award, the ones lots decide. */
const lotDriven: readonly TradingProjectStatus[] = [
  'announced',
  'evaluating',
  'publicity',
  'awarded',
  'failed',
]

/**
 * A project's status from its lots' stages: awarded when every lot is awarded or failed (and at
 * least one awarded); in publicity when every lot still running is in publicity or awarded;
 * in evaluation when every lot still running is past its opening's evaluation start (评标);
 * otherwise announced (a lot still takes bids). Failed lots (流标) take no part, unless every lot
 * failed: then the project failed (the next step is a re-tender). Outside the lot-driven stages
 * (draft, registered, terminated) the project's own status stands.
 */
export function statusFromLots(
  status: TradingProjectStatus,
  stages: readonly TradingLotStage[],
): TradingProjectStatus {
  if (!lotDriven.includes(status)) return status
  if (stages.length === 0) return status
  const running = stages.filter((s) => s !== 'failed')
  if (running.length === 0) return 'failed'
  if (running.every((s) => s === 'awarded')) return 'awarded'
  if (running.every((s) => s === 'publicity' || s === 'awarded')) return 'publicity'
  if (running.every((s) => s !== 'open')) return 'evaluating'
  return 'announced'
}

/**
 * Candidates and results come after the bids are opened: every lot's opening time (the bid
 * deadline) must have passed. Lots without an opening time (land, property) are not held back.
 */
export function isBeforeOpening(
  kind: AnnouncementKind,
  openings: ReadonlyArray<string | null>,
  now: string,
): boolean {
  if (kind !== 'candidates' && kind !== 'result') return false
  return openings.some((o) => o !== null && o > now)
}
