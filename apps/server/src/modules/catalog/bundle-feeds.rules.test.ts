import type { BundleMaterial } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { awaitedPositions, checkFeeds, isMaterialIn, markIssued } from './bundle-feeds.rules'

const docs: Record<string, { materials: Array<{ name: { zh: string } }> }> = {
  REG: { materials: [{ name: { zh: '公司登记申请书' } }] },
  FOOD: { materials: [{ name: { zh: '食品经营许可申请书' } }, { name: { zh: '营业执照' } }] },
  TAX: { materials: [{ name: { zh: '营业执照（副本）' } }, { name: { zh: '税务登记表' } }] },
}
const documentOf = (code: string) => docs[code] ?? null
const feed = (from: string, to: string, material = '营业执照') => ({
  fromMatterCode: from,
  toMatterCode: to,
  material,
})
const material = (name: string, matterCodes: string[]): BundleMaterial => ({
  name: { zh: name },
  form: 'copy',
  copies: 1,
  isRequired: true,
  isDeferrable: false,
  matterCodes,
})

describe('bundle feeds', () => {
  it('accepts a result passed from one matter to the later ones (names compared loosely)', () => {
    expect(
      checkFeeds(
        [feed('REG', 'FOOD'), feed('REG', 'TAX', '营业执照副本')],
        ['REG', 'FOOD', 'TAX'],
        documentOf,
      ),
    ).toEqual([])
  })

  it('refuses matters outside the bundle, a matter feeding itself, a material the later matter does not ask for, twice, and cycles', () => {
    const paths = (feeds: ReturnType<typeof feed>[]) =>
      checkFeeds(feeds, ['REG', 'FOOD', 'TAX'], documentOf).map((p) => p.path)
    expect(paths([feed('X', 'FOOD')])).toEqual(['feeds.0.fromMatterCode'])
    expect(paths([feed('REG', 'Y')])).toEqual(['feeds.0.toMatterCode'])
    expect(paths([feed('FOOD', 'FOOD')])).toEqual(['feeds.0'])
    expect(paths([feed('REG', 'FOOD', '户口簿')])).toEqual(['feeds.0.material'])
    expect(paths([feed('REG', 'FOOD'), feed('TAX', 'FOOD')])).toEqual(['feeds.1'])
    expect(paths([feed('FOOD', 'TAX', '营业执照副本'), feed('TAX', 'FOOD')])).toEqual(['feeds.0', 'feeds.1'])
  })

  it('marks a material every asking matter gets within the bundle as issued, not required', () => {
    const marked = markIssued(
      [material('营业执照', ['FOOD', 'TAX']), material('税务登记表', ['TAX'])],
      [feed('REG', 'FOOD'), feed('REG', 'TAX')],
    )
    expect(marked[0]).toMatchObject({ isRequired: false, issuedBy: 'REG' })
    expect(marked[1]).toMatchObject({ isRequired: true })
    expect(marked[1]!.issuedBy).toBeUndefined()
    // fed to one of two asking matters: still asked of the applicant
    expect(markIssued([material('营业执照', ['FOOD', 'TAX'])], [feed('REG', 'FOOD')])[0]).toMatchObject({
      isRequired: true,
    })
  })

  it('finds the awaited positions of a later matter and counts them as in for acceptance', () => {
    expect([...awaitedPositions([feed('REG', 'FOOD')], 'FOOD', docs.FOOD!)]).toEqual([1])
    expect([...awaitedPositions([feed('REG', 'FOOD')], 'TAX', docs.TAX!)]).toEqual([])
    expect(['submitted', 'supplied', 'awaited', 'missing', 'deferred'].map(isMaterialIn)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })
})
