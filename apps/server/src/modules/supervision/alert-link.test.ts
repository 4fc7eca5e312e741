import { describe, expect, it } from 'vitest'
import type { Principal, Role } from '@yimin/shared'
import { alertLink, cardLink, linkReader } from './alert-link'
import type { AlertRow } from './alerts.repository'

const alert = (code: string, subject_kind: AlertRow['subject_kind'], subject_id = 's1', case_id = 'c1') => ({
  code,
  case_id,
  subject_kind,
  subject_id,
})

// a trading supervisor opens both trading screens; the center's electronic supervisor neither
const staff = (role: Role): Principal => ({
  kind: 'staff',
  userId: 'u1',
  username: role,
  displayName: role,
  grants: [{ role, departmentId: null }],
})
const trading = linkReader(staff('trading_supervisor'))
const supervisor = linkReader(staff('supervisor'))

describe('where an alert opens', () => {
  it('opens the case for case alerts', () => {
    expect(alertLink(alert('CASE_OVERDUE', 'case', 'c1'), trading)).toBe('/cases/c1')
    expect(alertLink(alert('TASK_OVERDUE', 'task', 't1'), trading)).toBe('/cases/c1')
  })

  it('opens the rectification worklist for an unrectified bad review (its subject may be a visit)', () => {
    expect(alertLink(alert('BAD_RATING_NOT_RECTIFIED', 'rectification', 'r1', 'ticket-1'), trading)).toBe(
      '/ratings/rectifications',
    )
  })

  it("opens a trading alert's screen, never a case page for its project", () => {
    expect(alertLink(alert('TRADING_BID_RIGGING', 'trading_lot', 'lot-1', 'project-1'), trading)).toBe(
      '/trading/lots/lot-1',
    )
    expect(
      alertLink(alert('TRADING_PERIOD_SHORT', 'trading_announcement', 'ann-1', 'project-1'), trading),
    ).toBe('/portal/trading/announcements/ann-1')
    expect(
      alertLink(alert('TRADING_OBJECTION_UNANSWERED', 'trading_dispute', 'd-1', 'project-1'), trading),
    ).toBe('/trading/board')
  })
})

describe('where a card opens', () => {
  it("opens the screen of the alert it was issued on: a trading alert's, not its project's case page", () => {
    const onAlert = { case_id: 'project-1' }
    expect(
      cardLink(onAlert, alert('TRADING_BID_RIGGING', 'trading_lot', 'lot-1', 'project-1'), trading),
    ).toBe('/trading/lots/lot-1')
    expect(
      cardLink(
        onAlert,
        alert('TRADING_OBJECTION_UNANSWERED', 'trading_dispute', 'd-1', 'project-1'),
        trading,
      ),
    ).toBe('/trading/board')
    expect(cardLink({ case_id: 'c1' }, alert('CASE_OVERDUE', 'case', 'c1'), trading)).toBe('/cases/c1')
  })

  it('opens its case without an alert, and nothing without either', () => {
    expect(cardLink({ case_id: 'c 1' }, undefined, trading)).toBe('/cases/c%201')
    expect(cardLink({ case_id: null }, undefined, trading)).toBeNull()
  })
})

describe('what a reader may open', () => {
  it('gives the trading screens to those who may open them, and no link to the others', () => {
    expect(trading).toEqual({ tradingLots: true, tradingBoard: true })
    expect(supervisor).toEqual({ tradingLots: false, tradingBoard: false })
    expect(linkReader(staff('trading_agency'))).toEqual({ tradingLots: true, tradingBoard: false })
    expect(linkReader(staff('trading_staff'))).toEqual({ tradingLots: true, tradingBoard: true })
    expect(
      alertLink(alert('TRADING_BID_RIGGING', 'trading_lot', 'lot-1', 'project-1'), supervisor),
    ).toBeNull()
    expect(
      alertLink(alert('TRADING_OBJECTION_UNANSWERED', 'trading_dispute', 'd-1', 'p-1'), supervisor),
    ).toBeNull()
    expect(
      cardLink({ case_id: 'p-1' }, alert('TRADING_BID_RIGGING', 'trading_lot', 'lot-1', 'p-1'), supervisor),
    ).toBeNull()
    // the published announcement is public; a case alert opens its case for every reader of alerts
    expect(alertLink(alert('TRADING_PERIOD_SHORT', 'trading_announcement', 'ann-1', 'p-1'), supervisor)).toBe(
      '/portal/trading/announcements/ann-1',
    )
    expect(alertLink(alert('CASE_OVERDUE', 'case', 'c1'), supervisor)).toBe('/cases/c1')
  })
})
