import { PlusOutlined } from '@ant-design/icons'
import { cardStatuses, type CardStatus } from '@yimin/shared'
import { Button, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useCards } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CardsTable } from './CardsTable'
import { IssueCardModal } from './IssueCardModal'
import { canDo } from './supervision-rights'

/** Yellow and red cards: the list (by state) and, for supervisors, issuing one. */
export function CardsPanel({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<CardStatus | undefined>()
  const [isIssuing, setIssuing] = useState(false)
  const cards = useCards({ status })
  return (
    <section aria-label={t('supervision.cards.title')}>
      <div className="yimin-toolbar">
        {canDo(me, 'supervision.manage') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setIssuing(true)}>
            {t('supervision.cards.issue')}
          </Button>
        )}
        <Select<CardStatus>
          aria-label={t('supervision.cards.status')}
          placeholder={t('supervision.cards.status')}
          allowClear
          value={status}
          onChange={(v) => setStatus(v ?? undefined)}
          style={{ minWidth: 160 }}
          options={cardStatuses.map((s) => ({
            value: s,
            label: t(`supervision.cards.statuses.${s}`),
          }))}
        />
      </div>
      <ErrorAlert error={cards.error} />
      <CardsTable cards={cards.data ?? []} loading={cards.isPending} me={me} />
      <IssueCardModal open={isIssuing} onClose={() => setIssuing(false)} />
    </section>
  )
}
