/** An Atom 1.0 feed (RFC 4287), built by hand: every text is XML-escaped. */
export interface FeedEntry {
  id: string
  title: string
  url: string
  updated: string
  summary: string
}

export function escapeXml(s: string): string {
  return (
    s
      // characters XML 1.0 does not allow at all
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

export function atomFeed(feed: {
  id: string
  title: string
  selfUrl: string
  updated: string
  entries: FeedEntry[]
}): string {
  const e = escapeXml
  const entries = feed.entries
    .map(
      (x) =>
        `<entry><id>${e(x.id)}</id><title>${e(x.title)}</title><link href="${e(x.url)}"/>` +
        `<updated>${e(x.updated)}</updated><summary>${e(x.summary)}</summary></entry>`,
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<feed xmlns="http://www.w3.org/2005/Atom"><id>${e(feed.id)}</id><title>${e(feed.title)}</title>` +
    `<link rel="self" href="${e(feed.selfUrl)}"/><updated>${e(feed.updated)}</updated>` +
    `<author><name>Yimin</name></author>${entries}</feed>`
  )
}
