/** An expert's answer to an invitation by SMS: 1 accepts, 2 declines (full-width digits too). */
export function parseInvitationReply(body: string): 'accept' | 'decline' | null {
  const t = body
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
  if (t === '1') return 'accept'
  if (t === '2') return 'decline'
  return null
}
