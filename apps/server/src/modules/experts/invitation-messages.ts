/** The cause of an invitation's SMS and voice call (the voice handler is registered by its prefix). */
export const INVITATION_CAUSE = 'expert-invitation'

/** The cause key of an invitation's SMS and call. */
export const invitationCauseOf = (invitationId: string) => `${INVITATION_CAUSE}:${invitationId}`

/** The invitation a cause key names. */
export const invitationIdOf = (causeKey: string) => causeKey.slice(INVITATION_CAUSE.length + 1)

/** The invitation: time and place, how to answer; never the project or the tenderee. */
export function invitationText(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): string {
  const when = sessionWhen(session, timeZone)
  return `您被抽取为评标专家：时间 ${when}，地点 ${session.place}。参加请回复1，不参加请回复2（${minutes}分钟内有效）。`
}

/**
 * The invitation read out on the call: the same facts as the SMS (time, place, the answer time;
 * never the project or the tenderee), answered with the keypad. The provider's approved
 * template holds the words and these variables.
 */
export function voiceInvitationParams(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): Record<string, string> {
  return { time: sessionWhen(session, timeZone), place: session.place, minutes: String(minutes) }
}

export function voiceInvitationText(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): string {
  const p = voiceInvitationParams(session, minutes, timeZone)
  return `您被抽取为评标专家：时间 ${p.time}，地点 ${p.place}。参加请按1，不参加请按2（${p.minutes}分钟内有效）。`
}

function sessionWhen(session: { at: string }, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(session.at))
}
