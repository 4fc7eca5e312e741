/**
 * The calling policy (叫号策略), pure: which waiting ticket a window calls next.
 *
 * Each ticket has an effective score in minutes:
 *
 *     score = waited minutes + head start
 *     head start = category priority weight × the ticket's group bonus (minutes)
 *
 * and the window calls the highest score (ties: earlier arrival, then lower sequence). A priority
 * group therefore acts as if it had arrived `head start` minutes earlier. Because every ticket's
 * score grows one point a minute without bound while head starts are bounded, a ticket that has
 * waited longer than the largest head start is ahead of every ticket arriving after it: nobody
 * waits without bound however steady the stream of priority tickets (see the starvation test).
 */
export interface PolicySettings {
  /** minutes of head start per priority group; `normal` is 0 */
  groupBonusMinutes: Record<string, number>
  /** age from which an ID number's holder is in the `elderly` group */
  elderlyAge: number
}

export const defaultPolicy: PolicySettings = {
  groupBonusMinutes: { normal: 0, elderly: 20, disabled: 30, appointment: 30, military: 20, pregnant: 20 },
  elderlyAge: 65,
}

export interface WaitingTicket {
  id: string
  categoryId: string
  priorityGroup: string
  /** ISO: arrival (kept through transfers) */
  arrivedAt: string
  seq: number
  /** transferred to one window: only that window may call it */
  targetWindowId: string | null
}

export interface PolicyCategory {
  id: string
  priorityWeight: number
}

export function headStartMinutes(
  ticket: Pick<WaitingTicket, 'priorityGroup' | 'categoryId'>,
  weights: ReadonlyMap<string, number>,
  policy: PolicySettings,
): number {
  const bonus = policy.groupBonusMinutes[ticket.priorityGroup] ?? 0
  return Math.max(0, bonus) * Math.max(0, weights.get(ticket.categoryId) ?? 1)
}

export function score(
  ticket: WaitingTicket,
  nowMs: number,
  weights: ReadonlyMap<string, number>,
  policy: PolicySettings,
): number {
  const waited = (nowMs - Date.parse(ticket.arrivedAt)) / 60_000
  return waited + headStartMinutes(ticket, weights, policy)
}

/** Tickets in calling order for one window (or for the whole category when windowId is null). */
export function orderForWindow(
  tickets: readonly WaitingTicket[],
  window: { id: string | null; categoryIds: readonly string[] },
  categories: readonly PolicyCategory[],
  now: Date,
  policy: PolicySettings = defaultPolicy,
): WaitingTicket[] {
  const weights = new Map(categories.map((c) => [c.id, c.priorityWeight]))
  const serves = new Set(window.categoryIds)
  const nowMs = now.getTime()
  const eligible = tickets.filter((t) =>
    t.targetWindowId === null
      ? serves.has(t.categoryId)
      : window.id === null
        ? serves.has(t.categoryId)
        : t.targetWindowId === window.id,
  )
  const scored = eligible.map((t) => ({ t, s: score(t, nowMs, weights, policy) }))
  scored.sort(
    (a, b) =>
      b.s - a.s ||
      a.t.arrivedAt.localeCompare(b.t.arrivedAt) ||
      a.t.seq - b.t.seq ||
      a.t.id.localeCompare(b.t.id),
  )
  return scored.map((x) => x.t)
}

/** The ticket a window calls next, or null when nobody waits for it. */
export function chooseNext(
  tickets: readonly WaitingTicket[],
  window: { id: string; categoryIds: readonly string[] },
  categories: readonly PolicyCategory[],
  now: Date,
  policy: PolicySettings = defaultPolicy,
): WaitingTicket | null {
  return orderForWindow(tickets, window, categories, now, policy)[0] ?? null
}

/** The policy in words, for the admin console. */
export function explainPolicy(policy: PolicySettings): {
  zh: string
  en: string
  groups: Array<{ group: string; headStartMinutes: number }>
  maxHeadStartMinutes: number
} {
  const groups = Object.entries(policy.groupBonusMinutes).map(([group, m]) => ({
    group,
    headStartMinutes: m,
  }))
  const max = Math.max(0, ...groups.map((g) => g.headStartMinutes))
  return {
    groups,
    maxHeadStartMinutes: max,
    zh:
      `按"有效等候时间"叫号：有效等候时间 = 实际等候分钟 + 优先提前量（优先组分钟数 × 业务类别优先权重）。` +
      `老年人（${policy.elderlyAge} 岁及以上，按身份证出生日期）、残疾人、预约群众等优先组视同提前到达若干分钟；` +
      `普通群众的有效等候时间随等候不断增加，等候超过最大提前量（权重为 1 时 ${max} 分钟）后，排在其后到达的任何号码之前，不会被无限期插队。`,
    en:
      `Tickets are called by effective waiting time = minutes waited + head start (group minutes × the category's priority weight). ` +
      `The elderly (${policy.elderlyAge}+, from the ID's birth date), disabled people, appointment holders and other configured groups count as having arrived that many minutes earlier; ` +
      `everyone's score keeps growing, so once a ticket has waited longer than the largest head start (${max} min at weight 1) no later arrival can pass it: nobody waits without bound.`,
  }
}

/** The priority group of someone from their ID number's birth date (elderly) or what staff chose. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}
