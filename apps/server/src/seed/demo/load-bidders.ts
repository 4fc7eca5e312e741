import { DEMO_PASSWORD } from './staff'
import { DEMO_BIDDERS } from './bidders'
import type { SeedContext } from './context'
import { latestCodeSentTo } from './demo-sms.repository'

/**
 * The demo bidders, registered as a bidder registers on the trading site: a code by SMS to the
 * contact phone (read from the outbox, as the virtual phone shows it), then the organisation
 * with its first staff account. Runs once: skipped when the first bidder exists.
 */
export async function loadBidders(ctx: SeedContext): Promise<void> {
  const { c, actor } = ctx
  const orgs = await c.trading.projects.listOrgs(actor)
  for (const b of DEMO_BIDDERS) {
    if (orgs.some((o) => o.creditCode === b.creditCode)) continue
    await c.bidding.bidders.requestCode(b.phone, null)
    const code = await latestCodeSentTo(c.database.db, b.phone)
    const done = await c.bidding.bidders.register(
      {
        name: b.name,
        creditCode: b.creditCode,
        phone: b.phone,
        code,
        username: b.username,
        displayName: b.displayName,
        password: DEMO_PASSWORD,
        idNumber: b.idNumber,
      },
      null,
    )
    ctx.ids.users.set(b.username, done.userId)
  }
  ctx.progress(`trading: ${DEMO_BIDDERS.length} demo bidders`)
}
