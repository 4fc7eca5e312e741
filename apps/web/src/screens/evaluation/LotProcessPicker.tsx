import { Card, Select, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { TradingProjectResponse } from '@yimin/shared'

/** Where the trading screens lead to a lot's committee, evaluation and result. */
export function LotProcessPicker({
  projects,
  showExperts = false,
}: {
  projects: TradingProjectResponse[]
  showExperts?: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const lots = projects
    .filter((p) => p.status !== 'draft')
    .flatMap((p) => p.lots.map((l) => ({ value: l.id, label: `${p.code} · ${l.name}` })))
  return (
    <Card title={t('evaluation.picker.title')}>
      <Space wrap>
        <Select
          aria-label={t('evaluation.picker.lot')}
          placeholder={t('evaluation.picker.lot')}
          style={{ minWidth: 320 }}
          showSearch
          optionFilterProp="label"
          options={lots}
          onChange={(lotId: string) => void navigate(`/trading/lots/${encodeURIComponent(lotId)}`)}
        />
        {showExperts && <Link to="/trading/experts">{t('evaluation.picker.experts')}</Link>}
      </Space>
    </Card>
  )
}
