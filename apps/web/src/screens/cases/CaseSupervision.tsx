import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useCaseSupervision } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AlertActions } from '../supervision/AlertActions'
import { alertText } from '../supervision/alert-text'
import { AlertStatusTag } from '../supervision/AlertStatusTag'
import { CardsTable } from '../supervision/CardsTable'
import { canDo } from '../supervision/supervision-rights'
import '../supervision/supervision.css'

/** The case's supervision section for members who read supervision (not clerks). */
export function CaseSupervision({ caseId, me }: { caseId: string; me: StaffMe }) {
  return canDo(me, 'supervision.read') ? <CaseSupervisionCard caseId={caseId} me={me} /> : null
}

/** The case's supervision alerts and cards (电子监察), with the steps the member may take. Hidden when there are none. */
function CaseSupervisionCard({ caseId, me }: { caseId: string; me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const found = useCaseSupervision(caseId)
  if (found.isError) return <ErrorAlert error={found.error} style={{ marginBottom: 16 }} />
  const alerts = found.data?.alerts ?? []
  const cards = found.data?.cards ?? []
  if (alerts.length === 0 && cards.length === 0) return null
  return (
    <Card
      className="yimin-sv"
      title={<h2 className="yimin-card-title">{t('supervision.case.title')}</h2>}
      style={{ marginBottom: 16 }}
    >
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {alerts.map((a) => (
          <li key={a.id} style={{ marginBottom: 12 }}>
            <AlertStatusTag status={a.status} /> {alertText(t, a, i18n.language)}
            {a.answer && (
              <p style={{ margin: '4px 0' }}>
                {t('supervision.alerts.answer')}: {a.answer}
              </p>
            )}
            <div style={{ marginTop: 4 }}>
              <AlertActions alert={a} me={me} />
            </div>
          </li>
        ))}
      </ul>
      {cards.length > 0 && <CardsTable cards={cards} loading={false} me={me} />}
    </Card>
  )
}
