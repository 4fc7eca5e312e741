import { attempt, type World } from '../world'

const key = (a: { caseNumber: string; code: string; id: string }) => `${a.caseNumber} ${a.code}`

/**
 * The supervision center and the departments at the end of a day: the sweep raises alerts and
 * rolls the day up; departments answer some alerts; the supervisor issues a card now and then
 * and the department answers it the next day; bad reviews get their callback and are closed,
 * and one is appealed (and the appeal decided).
 */
export class OversightActor {
  private appealed = false
  private cardsToAnswer: Array<{ id: string; departmentId: string }> = []
  cards = 0

  constructor(private readonly w: World) {}

  async endOfDay(dayIndex: number): Promise<void> {
    const { w } = this
    const supervisor = w.cast.as('supervisor', null)
    await w.c.supervision.sweep.run()
    for (const card of this.cardsToAnswer.splice(0)) {
      await attempt(w, 'answer card', () =>
        w.c.supervision.alerts.answerCard(
          w.cast.as('handler', card.departmentId),
          card.id,
          '已约谈责任人并整改，今后按时办结',
        ),
      )
    }
    // in an order of their own (case number, rule): the list's order among alerts raised by one
    // sweep (one instant) is the database's, and the seeded choices below must not depend on it
    const open = (
      await w.c.supervision.alerts.list(supervisor, { status: 'open', page: 1, pageSize: 1000 })
    ).items
      .slice()
      .sort((a, b) => key(a).localeCompare(key(b)))
    for (const a of open) {
      if (!w.random.chance(0.35)) continue
      await attempt(w, 'answer alert', () =>
        w.c.supervision.alerts.answer(w.cast.as('handler', a.departmentId), a.id, '已催办，当日处理完毕'),
      )
    }
    const serious = open.find((a) => a.severity === 'serious')
    if (serious && dayIndex % 4 === 3) {
      const card = await attempt(w, 'card', () =>
        w.c.supervision.alerts.issueCard(supervisor, {
          colour: w.random.chance(0.3) ? 'red' : 'yellow',
          targetKind: 'department',
          departmentId: serious.departmentId,
          caseId: serious.caseId,
          alertId: serious.id,
          reason: '办件超期未办结',
        }),
      )
      if (card) {
        this.cards++
        this.cardsToAnswer.push({ id: card.id, departmentId: card.departmentId })
      }
    }
    await this.rectify(supervisor)
  }

  private async rectify(supervisor: ReturnType<World['cast']['as']>): Promise<void> {
    const { w } = this
    const now = w.clock.now()
    const open = (await w.c.ratings.rectifications.list(supervisor, 'open'))
      .slice()
      .sort((a, b) => `${a.ratedAt} ${a.subjectLabel}`.localeCompare(`${b.ratedAt} ${b.subjectLabel}`))
    for (const x of open) {
      const dept = w.cast.as('approver', x.departmentId)
      if (!this.appealed && x.comment) {
        this.appealed = true
        const done = await attempt(w, 'appeal', () =>
          w.c.ratings.rectifications.appeal(dept, x.id, '经调取监控，办理过程符合规定，申请复核'),
        )
        if (!done) continue
        for (const a of await w.c.ratings.rectifications.appeals(supervisor, 'pending'))
          await attempt(w, 'decide appeal', () =>
            w.c.ratings.rectifications.decide(supervisor, a.id, {
              decision: 'rejected',
              note: '差评属实，维持评价',
            }),
          )
        continue
      }
      const called = await attempt(w, 'callback', () =>
        w.c.ratings.rectifications.callback(dept, x.id, {
          calledAt: new Date(now.getTime() - 30 * 60_000).toISOString(),
          note: '已电话回访，说明情况并致歉',
          fixLevel: 'satisfied',
        }),
      )
      if (called)
        await attempt(w, 'close rectification', () =>
          w.c.ratings.rectifications.close(dept, x.id, { note: '已整改：增开窗口、一次性告知材料' }),
        )
    }
  }
}
