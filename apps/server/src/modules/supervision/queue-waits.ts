import type { Executor } from '../../db/database'
import { windowDepartmentLinks } from '../org/windows.queries'
import { ticketsCalledAtWindows } from '../queue/queue-tickets.queries'
import { summarise, toStatTicket, type StatTicket } from '../queue/queue-stats'

/** Mean queue waits (minutes, arrival → call) per window and per department in a period. */
export interface QueueWaits {
  byWindow: Map<string, number | null>
  byDepartment: Map<string, number | null>
}

/**
 * The dashboard's queue waiting times (排队等候时间), with the queue statistics' own definition
 * (queue-stats.ts: from arrival to the call): per window that called the ticket, and per
 * department over the windows that serve it (window_departments; a window serving two
 * departments counts for both). Only tickets that were called have a wait.
 */
export async function queueWaits(db: Executor, from: string, to: string): Promise<QueueWaits> {
  const [tickets, links] = await Promise.all([
    ticketsCalledAtWindows(db, from, to),
    windowDepartmentLinks(db),
  ])
  const byWindowTickets = new Map<string, StatTicket[]>()
  for (const t of tickets) {
    const s = toStatTicket(t, 0)
    const list = byWindowTickets.get(t.window_id!) ?? []
    list.push(s)
    byWindowTickets.set(t.window_id!, list)
  }
  const byDepartmentTickets = new Map<string, StatTicket[]>()
  for (const l of links) {
    const list = byDepartmentTickets.get(l.department_id) ?? []
    list.push(...(byWindowTickets.get(l.window_id) ?? []))
    byDepartmentTickets.set(l.department_id, list)
  }
  const means = (m: Map<string, StatTicket[]>) =>
    new Map([...m].map(([k, ts]) => [k, summarise(k, k, ts).meanWaitMinutes]))
  return { byWindow: means(byWindowTickets), byDepartment: means(byDepartmentTickets) }
}
