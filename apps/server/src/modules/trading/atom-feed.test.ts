import { describe, expect, it } from 'vitest'
import { atomFeed, escapeXml } from './atom-feed'

describe('the Atom feed', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })

  it('writes a feed with its entries', () => {
    const xml = atomFeed({
      id: 'urn:feed',
      title: 'T & T',
      selfUrl: 'https://x/feed',
      updated: '2026-06-01T00:00:00.000Z',
      entries: [
        {
          id: 'urn:1',
          title: '<b>招标</b>',
          url: 'https://x/1',
          updated: '2026-06-01T00:00:00.000Z',
          summary: 's',
        },
      ],
    })
    expect(xml).toContain('<title>T &amp; T</title>')
    expect(xml).toContain('<title>&lt;b&gt;招标&lt;/b&gt;</title>')
    expect(xml.match(/<entry>/g)).toHaveLength(1)
  })
})
