import { ClusterOutlined, FileTextOutlined } from '@ant-design/icons'
import { onlineApplicableLevels } from '@yimin/shared'
import { useTranslation } from 'react-i18next'
import { useBundles, useMatterSearch } from '../../../api/catalog'
import { useLocalName } from '../../../components/names'
import { IconGrid, type IconTile } from './IconGrid'

/** How many tiles the "常办事项" grid holds: two rows on a phone. */
const TILES = 8

/**
 * 常办事项: the bundles (一件事一次办) first, then matters that take applications online.
 * The catalog keeps no usage figures, so the choice is by what can be done from the phone.
 */
export function PopularGrid() {
  const { t } = useTranslation()
  const name = useLocalName()
  const bundles = useBundles()
  const matters = useMatterSearch({})
  const bundleTiles: IconTile[] = (bundles.data?.items ?? [])
    .filter((b) => b.isComplete)
    .slice(0, TILES / 2)
    .map((b) => ({
      key: `b-${b.code}`,
      label: name(b),
      icon: <ClusterOutlined />,
      to: `/portal/bundles/${encodeURIComponent(b.code)}`,
      tone: 'bundle',
    }))
  const online = new Set<string>(onlineApplicableLevels)
  const matterTiles: IconTile[] = (matters.data?.items ?? [])
    .filter((m) => online.has(m.onlineLevel))
    .slice(0, TILES - bundleTiles.length)
    .map((m) => ({
      key: `m-${m.code}`,
      label: name(m),
      icon: <FileTextOutlined />,
      to: `/portal/guide/${encodeURIComponent(m.code)}`,
      tone: 'matter',
    }))
  const tiles = [...bundleTiles, ...matterTiles]
  if (tiles.length === 0) return null
  return (
    <section className="yimin-portal-section" aria-labelledby="portal-popular">
      <h2 id="portal-popular">{t('portal.home.popular')}</h2>
      <IconGrid tiles={tiles} label={t('portal.home.popular')} />
    </section>
  )
}
