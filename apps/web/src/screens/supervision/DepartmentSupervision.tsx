import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useCards } from '../../api/supervision'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AlertsPanel } from './AlertsPanel'
import { CardsTable } from './CardsTable'
import { useSupervisionStream } from './useSupervisionStream'
import './supervision.css'

/** On the workbench: my departments' supervision alerts and yellow / red cards, to answer. */
export function DepartmentSupervision({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const departmentIds = [...new Set(me.grants.map((g) => g.departmentId).filter((d): d is string => !!d))]
  const status = useSupervisionStream(departmentIds.map((d) => `department:${d}`))
  const cards = useCards()
  const open = (cards.data ?? []).filter((c) => c.status === 'issued').length
  return (
    <Card
      title={<h2 className="yimin-card-title">{t('supervision.department.title')}</h2>}
      extra={departmentIds.length > 0 && <ConnectionStatus status={status} />}
      style={{ marginTop: 16 }}
      className="yimin-sv"
    >
      <h3>{t('supervision.department.cards', { count: open })}</h3>
      <ErrorAlert error={cards.error} />
      <CardsTable cards={cards.data ?? []} loading={cards.isPending} me={me} />
      <h3 style={{ marginTop: 16 }}>{t('supervision.department.alerts')}</h3>
      <AlertsPanel me={me} showDepartmentFilter={false} />
    </Card>
  )
}
