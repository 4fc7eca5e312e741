import type { AdminLevel, Division } from '@yimin/shared'

/** Pure rules of the organisation model. Each returns a problem to report, or null. */

const levelRank: Record<AdminLevel, number> = { region: 0, city: 1, district: 2 }

/** A division sits under a division of a higher level; a region has no parent. */
export function checkDivisionParent(
  child: { code: string; level: AdminLevel; parentCode: string | null },
  parent: Division | null,
): string | null {
  if (child.level === 'region') return child.parentCode ? 'a region has no parent division' : null
  if (!parent) return `a ${child.level} needs a parent division`
  if (parent.code === child.code) return 'a division cannot be its own parent'
  if (levelRank[parent.level] >= levelRank[child.level])
    return `a ${child.level} cannot sit under a ${parent.level}`
  return null
}

/** A department's parent chain must not contain the department itself (no cycles). */
export function checkDepartmentParent(id: string, ancestorIds: string[]): string | null {
  if (ancestorIds.includes(id)) return 'a department cannot sit inside itself'
  if (ancestorIds.length >= 20) return 'departments nest too deep'
  return null
}

/** Whether an instant falls inside opening hours (local weekday 1–7 and HH:MM of the center). */
export function isOpen(
  hours: Array<{ days: number[]; open: string; close: string }>,
  weekday: number,
  hhmm: string,
): boolean {
  return hours.some((h) => h.days.includes(weekday) && h.open <= hhmm && hhmm < h.close)
}
