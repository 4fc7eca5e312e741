import { createHash } from 'node:crypto'

/**
 * The expert draw (专家抽取) as a pure function: the same pool snapshot, rules and seed give the
 * same ordered committee, so anyone holding the draw record can repeat it.
 *
 * The random numbers come from SHA-256 in counter mode over the seed (a deterministic generator
 * whose output is uniform and that every platform computes alike); a uniform index below n is
 * taken by rejection, so no expert is favoured by modulo bias.
 */

/** The specialties of the pool (评标专家专业). */
export const EXPERT_SPECIALTIES = [
  'building',
  'municipal',
  'water',
  'transport',
  'electrical',
  'it',
  'medical',
  'goods',
  'cost',
  'law',
] as const
export type ExpertSpecialty = (typeof EXPERT_SPECIALTIES)[number]

/** One expert as the draw sees it (taken from the pool when the draw starts). */
export interface PoolExpert {
  id: string
  specialties: readonly string[]
  employerCreditCode: string
  /** the expert's staff account, if any (avoidance of the tenderee's staff) */
  userId: string | null
  /** credit codes of organisations the expert declared a conflict with */
  conflicts: readonly string[]
  isAvailable: boolean
  /** how often the expert was drawn (accepted or invited) within the recent window */
  recentDraws: number
}

export interface DrawRules {
  /** how many to draw */
  size: number
  /** the specialty asked for (an expert qualifies with any of its specialties equal to it) */
  specialty: string
  /** organisations to avoid: the tenderee and, sealed until the opening, every bidder */
  avoidCreditCodes: readonly string[]
  /** staff accounts to avoid: the tenderee's and every bidder's members */
  avoidUserIds: readonly string[]
  /** experts already on (or invited to) the committee: a replacement never repeats them */
  alreadyDrawn: readonly string[]
  /** an expert drawn more than this many times in the recent window is skipped */
  maxRecentDraws: number
}

export type ExclusionReason =
  | 'specialty'
  | 'unavailable'
  | 'already_drawn'
  | 'avoided_organisation'
  | 'avoided_staff'
  | 'conflict'
  | 'drawn_too_often'

export interface DrawResult {
  /** the committee, in draw order */
  selected: string[]
  /** the experts who could be drawn, in canonical (id) order */
  eligible: string[]
  /** every other expert with the first reason that excluded them */
  excluded: Array<{ id: string; reason: ExclusionReason }>
  /** fewer eligible than asked for */
  isShort: boolean
}

/** The first reason an expert cannot sit on this committee, or null. */
export function exclusionReason(e: PoolExpert, rules: DrawRules): ExclusionReason | null {
  if (!e.specialties.includes(rules.specialty)) return 'specialty'
  if (!e.isAvailable) return 'unavailable'
  if (rules.alreadyDrawn.includes(e.id)) return 'already_drawn'
  if (rules.avoidCreditCodes.includes(e.employerCreditCode)) return 'avoided_organisation'
  if (e.userId !== null && rules.avoidUserIds.includes(e.userId)) return 'avoided_staff'
  if (e.conflicts.some((c) => rules.avoidCreditCodes.includes(c))) return 'conflict'
  if (e.recentDraws > rules.maxRecentDraws) return 'drawn_too_often'
  return null
}

/** A deterministic stream of 32-bit numbers from a seed (SHA-256 of seed ‖ counter). */
export function seededStream(seed: string): () => number {
  let counter = 0
  let block: Buffer = Buffer.alloc(0)
  let offset = 0
  return () => {
    if (offset + 4 > block.length) {
      block = createHash('sha256').update(`${seed}:${counter++}`).digest()
      offset = 0
    }
    const v = block.readUInt32BE(offset)
    offset += 4
    return v
  }
}

/** A uniform integer in [0, n) by rejection sampling. */
function uniformBelow(next: () => number, n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n
  for (;;) {
    const v = next()
    if (v < limit) return v % n
  }
}

/** The draw: eligible experts in id order, shuffled (Fisher–Yates) by the seed; the first `size`. */
export function draw(pool: readonly PoolExpert[], rules: DrawRules, seed: string): DrawResult {
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const eligible: string[] = []
  const excluded: DrawResult['excluded'] = []
  for (const e of sorted) {
    const reason = exclusionReason(e, rules)
    if (reason) excluded.push({ id: e.id, reason })
    else eligible.push(e.id)
  }
  const order = [...eligible]
  const next = seededStream(seed)
  const take = Math.min(rules.size, order.length)
  // partial Fisher–Yates: position i gets a uniform pick from the rest
  for (let i = 0; i < take; i++) {
    const j = i + uniformBelow(next, order.length - i)
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return { selected: order.slice(0, take), eligible, excluded, isShort: order.length < rules.size }
}
