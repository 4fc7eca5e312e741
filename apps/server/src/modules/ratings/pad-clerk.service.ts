import type { PadClerk, Principal } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import type { PadClerkRepository } from './pad-clerk.repository'

/**
 * The clerk shown on a window's rating pad (as 评价器 do): name and staff number (工号) of whoever
 * serves at the pad's window now, nothing else. No photo is stored: the pad draws the initials.
 */
export class PadClerkService {
  constructor(private readonly repo: PadClerkRepository) {}

  async forPad(principal: Principal): Promise<{ clerk: PadClerk | null }> {
    if (principal.kind !== 'device' || principal.deviceKind !== 'rating_pad' || !principal.windowId)
      throw new AppError(
        principal.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN',
        'only a window’s rating pad asks who serves there',
      )
    const row = await this.repo.atWindow(principal.windowId)
    return { clerk: row ? { name: row.display_name, staffNumber: row.staff_number } : null }
  }
}
