import { Tabs } from 'antd'
import { useTranslation } from 'react-i18next'
import { CategorySettingsCard } from './CategorySettingsCard'
import { PolicyCard } from './PolicyCard'
import { SlotsCard } from './SlotsCard'
import { StatsCard } from './StatsCard'

/** The queue (排队叫号) and appointments (预约): per-category settings, the calling policy, slots, statistics. */
export function QueueSection() {
  const { t } = useTranslation()
  return (
    <Tabs
      items={[
        { key: 'settings', label: t('queueAdmin.tabs.settings'), children: <CategorySettingsCard /> },
        { key: 'policy', label: t('queueAdmin.tabs.policy'), children: <PolicyCard /> },
        { key: 'slots', label: t('queueAdmin.tabs.slots'), children: <SlotsCard /> },
        { key: 'stats', label: t('queueAdmin.tabs.stats'), children: <StatsCard /> },
      ]}
    />
  )
}
