import {
  channels,
  type cardRequest,
  type Principal,
  type SupervisionAlert,
  type SupervisionCard,
} from '@yimin/shared'
import type { z } from 'zod'
import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { actorLabel, staffIdOf, type AuditService } from '../audit/audit.service'
import { can, departmentsFor, requireStaff } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import { alertLink, cardLink, linkReader, type LinkReader } from './alert-link'
import type { AlertRow, AlertsRepository, CardRow, Scope } from './alerts.repository'
import { ruleByCode } from './rules'

/**
 * Alert handling (open → acknowledged → answered by the department → closed by a supervisor)
 * and yellow / red cards (黄牌 / 红牌) to departments and windows. Department staff see and answer
 * only their departments' alerts; every step is kept (supervision_actions) and audited.
 */
export class AlertsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AlertsRepository,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The departments whose alerts a principal reads ('all' for supervisors). */
  scopeOf(principal: Principal): Scope {
    requireStaff(principal)
    const scope = departmentsFor(principal, 'supervision.read')
    if (scope !== 'all' && scope.length === 0)
      throw new AppError('FORBIDDEN', 'missing permission supervision.read')
    return scope
  }

  /**
   * Whose alerts a principal lists: their departments' (supervision.read), and for a trading
   * supervisor (行政监督, trading.supervise) the trading alerts of the projects their departments
   * supervise — never the cases' alerts, which are the service center's.
   */
  private listScope(principal: Principal): { scope: Scope; tradingScope?: Scope } {
    requireStaff(principal)
    const scope = departmentsFor(principal, 'supervision.read')
    if (scope === 'all') return { scope }
    const tradingScope = departmentsFor(principal, 'trading.supervise')
    if (scope.length === 0 && tradingScope !== 'all' && tradingScope.length === 0)
      throw new AppError('FORBIDDEN', 'missing permission supervision.read')
    return { scope, tradingScope }
  }

  async list(
    principal: Principal,
    q: {
      status?: string
      code?: string
      departmentId?: string
      caseId?: string
      page: number
      pageSize: number
    },
  ) {
    const { total, rows } = await this.repo.list({
      ...this.listScope(principal),
      ...q,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    })
    return {
      total,
      page: q.page,
      pageSize: q.pageSize,
      items: await this.present(rows, linkReader(principal)),
    }
  }

  /** Alerts and cards of one case (shown on the case). */
  async forCase(
    principal: Principal,
    caseId: string,
  ): Promise<{ alerts: SupervisionAlert[]; cards: SupervisionCard[] }> {
    const scope = this.scopeOf(principal)
    const { rows } = await this.repo.list({ scope, caseId, offset: 0, limit: 500 })
    const cards = await this.repo.listCards({ scope, caseId })
    const reader = linkReader(principal)
    return { alerts: await this.present(rows, reader), cards: await this.presentCards(cards, reader) }
  }

  async acknowledge(principal: Principal, id: string, note?: string): Promise<SupervisionAlert> {
    return this.move(
      principal,
      id,
      'acknowledge',
      ['open'],
      (by, at) => ({ status: 'acknowledged', acknowledged_by: by, acknowledged_at: at }),
      note ?? null,
    )
  }

  async answer(principal: Principal, id: string, answer: string): Promise<SupervisionAlert> {
    return this.move(
      principal,
      id,
      'answer',
      ['open', 'acknowledged'],
      (by, at) => ({ status: 'answered', answer, answered_by: by, answered_at: at }),
      answer,
    )
  }

  async close(principal: Principal, id: string, note?: string): Promise<SupervisionAlert> {
    return this.move(
      principal,
      id,
      'close',
      ['open', 'acknowledged', 'answered'],
      (by, at) => ({ status: 'closed', closed_by: by, closed_at: at, close_note: note ?? null }),
      note ?? null,
    )
  }

  async issueCard(principal: Principal, input: z.infer<typeof cardRequest>): Promise<SupervisionCard> {
    const staff = requireStaff(principal)
    if (!can(staff, 'supervision.manage'))
      throw new AppError('FORBIDDEN', 'missing permission supervision.manage')
    let departmentId = input.departmentId ?? null
    let windowId: string | null = null
    if (input.targetKind === 'window') {
      const w = input.windowId ? await this.repo.window(input.windowId) : undefined
      if (!w) throw new AppError('SUPERVISION_TARGET_NOT_FOUND', 'no such window')
      windowId = w.id
      departmentId ??= w.department_id
    }
    if (!departmentId || !(await this.repo.departmentNames([departmentId])).has(departmentId))
      throw new AppError('SUPERVISION_TARGET_NOT_FOUND', 'no such department')
    const at = this.clock.now().toISOString()
    const by = actorLabel(staff)
    const row: CardRow = {
      id: newId(),
      colour: input.colour,
      target_kind: input.targetKind,
      department_id: departmentId,
      window_id: windowId,
      case_id: input.caseId ?? null,
      alert_id: input.alertId ?? null,
      reason: input.reason,
      issued_by: by,
      issued_at: at,
      status: 'issued',
      answer: null,
      answered_by: null,
      answered_at: null,
      closed_by: null,
      closed_at: null,
      close_reason: null,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertCard(row, tx)
      await this.step(tx, {
        card_id: row.id,
        action: `card.${input.colour}`,
        actor: by,
        note: input.reason,
        at,
      })
      await this.audit.record(
        {
          actor: staff,
          action: 'supervision.card-issued',
          subject: `department:${departmentId}`,
          details: { cardId: row.id, colour: input.colour, windowId, caseId: row.case_id },
        },
        tx,
      )
      await this.bus.publish(tx, channels.staff(), 'supervision.changed', { reason: 'card', at })
    })
    return (await this.presentCards([row], linkReader(principal)))[0]!
  }

  async answerCard(principal: Principal, id: string, answer: string): Promise<SupervisionCard> {
    const staff = requireStaff(principal)
    const card = await this.repo.findCard(id)
    if (!card || !this.inScope(staff, card.department_id))
      throw new AppError('SUPERVISION_CARD_NOT_FOUND', 'no such card')
    if (!can(staff, 'supervision.answer', { departmentId: card.department_id }))
      throw new AppError('FORBIDDEN', 'missing permission supervision.answer')
    const at = this.clock.now().toISOString()
    const by = actorLabel(staff)
    await this.db.transaction().execute(async (tx) => {
      if (
        !(await this.repo.answerCard(
          id,
          { status: 'answered', answer, answered_by: by, answered_at: at },
          tx,
        ))
      )
        throw new AppError('SUPERVISION_CARD_ANSWERED', 'this card was answered')
      await this.step(tx, { card_id: id, action: 'card.answered', actor: by, note: answer, at })
      await this.audit.record(
        {
          actor: staff,
          action: 'supervision.card-answered',
          subject: `department:${card.department_id}`,
          details: { cardId: id },
        },
        tx,
      )
      await this.bus.publish(tx, channels.staff(), 'supervision.changed', { reason: 'card', at })
    })
    return (await this.presentCards([(await this.repo.findCard(id))!], linkReader(principal)))[0]!
  }

  /** A supervisor closes a card the department has answered, with a reason; department staff cannot. */
  async closeCard(principal: Principal, id: string, reason: string): Promise<SupervisionCard> {
    const staff = requireStaff(principal)
    const card = await this.repo.findCard(id)
    if (!card || !this.inScope(staff, card.department_id))
      throw new AppError('SUPERVISION_CARD_NOT_FOUND', 'no such card')
    if (!can(staff, 'supervision.manage'))
      throw new AppError('FORBIDDEN', 'missing permission supervision.manage')
    const at = this.clock.now().toISOString()
    const by = actorLabel(staff)
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.closeCard(id, { closed_by: by, closed_at: at, close_reason: reason }, tx))) {
        throw new AppError(
          'SUPERVISION_CARD_STATE',
          card.status === 'issued' ? 'the department has not answered this card yet' : 'this card is closed',
          { status: card.status },
        )
      }
      await this.step(tx, { card_id: id, action: 'card.closed', actor: by, note: reason, at })
      await this.audit.record(
        {
          actor: staff,
          action: 'supervision.card-closed',
          subject: `department:${card.department_id}`,
          details: { cardId: id },
        },
        tx,
      )
      await this.bus.publish(tx, channels.staff(), 'supervision.changed', { reason: 'card', at })
    })
    return (await this.presentCards([(await this.repo.findCard(id))!], linkReader(principal)))[0]!
  }

  async listCards(
    principal: Principal,
    q: { departmentId?: string; status?: string; caseId?: string },
  ): Promise<SupervisionCard[]> {
    return this.presentCards(
      await this.repo.listCards({ scope: this.scopeOf(principal), ...q }),
      linkReader(principal),
    )
  }

  private inScope(principal: Principal, departmentId: string): boolean {
    return can(principal, 'supervision.read', { departmentId })
  }

  private async move(
    principal: Principal,
    id: string,
    action: 'acknowledge' | 'answer' | 'close',
    from: AlertRow['status'][],
    patch: (by: string, at: string) => Partial<AlertRow>,
    note: string | null,
  ): Promise<SupervisionAlert> {
    const staff = requireStaff(principal)
    const alert = await this.repo.find(id)
    if (!alert || !this.inScope(staff, alert.department_id))
      throw new AppError('SUPERVISION_ALERT_NOT_FOUND', 'no such alert')
    const allowed =
      action === 'close'
        ? can(staff, 'supervision.manage')
        : can(staff, 'supervision.answer', { departmentId: alert.department_id }) ||
          (action === 'acknowledge' && can(staff, 'supervision.manage'))
    if (!allowed) throw new AppError('FORBIDDEN', `missing permission to ${action} this alert`)
    const at = this.clock.now().toISOString()
    const by = actorLabel(staff)
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.transition(id, from, patch(by, at), tx)))
        throw new AppError('SUPERVISION_ALERT_STATE', `cannot ${action} an alert that is ${alert.status}`, {
          status: alert.status,
        })
      await this.step(tx, { alert_id: id, action, actor: by, note, at })
      await this.audit.record(
        {
          actor: staff,
          action: `supervision.alert-${action}`,
          subject: `case:${alert.case_id}`,
          details: { alertId: id, code: alert.code },
        },
        tx,
      )
      await this.bus.publish(tx, channels.staff(), 'supervision.changed', { reason: 'alert', at })
    })
    return (await this.present([(await this.repo.find(id))!], linkReader(principal)))[0]!
  }

  private async step(
    tx: Executor,
    s: {
      alert_id?: string
      card_id?: string
      action: string
      actor: string
      note: string | null
      at: string
    },
  ): Promise<void> {
    await this.repo.insertAction(
      {
        id: newId(),
        alert_id: s.alert_id ?? null,
        card_id: s.card_id ?? null,
        action: s.action,
        actor: s.actor,
        note: s.note,
        at: s.at,
      },
      tx,
    )
  }

  private async present(rows: AlertRow[], reader: LinkReader): Promise<SupervisionAlert[]> {
    const [names, steps] = await Promise.all([
      this.repo.departmentNames(rows.map((r) => r.department_id)),
      this.repo.actions({ alertIds: rows.map((r) => r.id) }),
    ])
    const history = await this.history(steps)
    return rows.map((r) => {
      const params = JSON.parse(r.params) as SupervisionAlert['params']
      return {
        id: r.id,
        code: r.code,
        severity: r.severity,
        status: r.status,
        message: ruleByCode.get(r.code)?.describe(params) ?? r.code,
        params,
        caseId: r.case_id,
        caseNumber: r.case_number,
        departmentId: r.department_id,
        departmentName: names.get(r.department_id)?.name ?? { zh: '' },
        windowId: r.window_id,
        subjectKind: r.subject_kind,
        subjectId: r.subject_id,
        link: alertLink(r, reader),
        raisedAt: r.raised_at,
        acknowledgedAt: r.acknowledged_at,
        answer: r.answer,
        answeredAt: r.answered_at,
        closedAt: r.closed_at,
        closeNote: r.close_note,
        resolvedAt: r.resolved_at,
        resolvedReason: r.resolved_reason,
        history: history.filter((s) => s.alertId === r.id).map((s) => s.step),
      }
    })
  }

  /** Steps with their actor's display name (staff), in order. */
  private async history(
    steps: Array<{
      alert_id: string | null
      card_id: string | null
      action: string
      actor: string
      note: string | null
      at: string
    }>,
  ) {
    const names = await this.repo.staffNames(
      steps.map((s) => staffIdOf(s.actor)).filter((id): id is string => id !== null),
    )
    return steps.map((s) => {
      const id = staffIdOf(s.actor)
      return {
        alertId: s.alert_id,
        cardId: s.card_id,
        step: {
          action: s.action,
          actor: s.actor,
          actorName: id === null ? null : (names.get(id) ?? null),
          note: s.note,
          at: s.at,
        },
      }
    })
  }

  private async presentCards(rows: CardRow[], reader: LinkReader): Promise<SupervisionCard[]> {
    const [names, steps, alerts] = await Promise.all([
      this.repo.departmentNames(rows.map((r) => r.department_id)),
      this.repo.actions({ cardIds: rows.map((r) => r.id) }),
      this.repo.findMany([...new Set(rows.map((r) => r.alert_id).filter((id): id is string => id !== null))]),
    ])
    const history = await this.history(steps)
    return rows.map((r) => ({
      id: r.id,
      colour: r.colour,
      targetKind: r.target_kind,
      departmentId: r.department_id,
      departmentName: names.get(r.department_id)?.name ?? { zh: '' },
      windowId: r.window_id,
      caseId: r.case_id,
      alertId: r.alert_id,
      link: cardLink(r, r.alert_id === null ? undefined : alerts.get(r.alert_id), reader),
      reason: r.reason,
      issuedAt: r.issued_at,
      status: r.status,
      answer: r.answer,
      answeredAt: r.answered_at,
      closedAt: r.closed_at,
      closeReason: r.close_reason,
      history: history.filter((s) => s.cardId === r.id).map((s) => s.step),
    }))
  }
}
