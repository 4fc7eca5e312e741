import type { SupervisionAlert } from '@yimin/shared'
import { Descriptions, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { CaseRef } from './CaseRef'
import type { StaffMe } from '../../api/auth'
import { formatDateTime } from '../../components/format'
import { useDepartmentName } from '../cases/useDepartmentName'
import { AlertActions } from './AlertActions'
import { alertText } from './alert-text'
import { AlertStatusTag } from './AlertStatusTag'
import { History } from './History'

/** One alert: what happened (translated), its case, its answer and every step kept. */
export function AlertDetail({
  alert,
  me,
  onClose,
}: {
  alert: SupervisionAlert | null
  me: StaffMe
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const department = useDepartmentName()
  return (
    <Modal
      open={alert !== null}
      title={t('supervision.alerts.detail')}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      {alert && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('supervision.alerts.message')}>
              {alertText(t, alert, i18n.language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.alerts.code')}>
              <code>{alert.code}</code> · {t(`supervision.severity.${alert.severity}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.alerts.status')}>
              <AlertStatusTag status={alert.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.alerts.case')}>
              <CaseRef link={alert.link} number={alert.caseNumber} />
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.figures.department')}>
              {department(alert.departmentId)}
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.alerts.raisedAt')}>
              {formatDateTime(alert.raisedAt, i18n.language)}
            </Descriptions.Item>
            {alert.answer && (
              <Descriptions.Item label={t('supervision.alerts.answer')}>{alert.answer}</Descriptions.Item>
            )}
            {alert.closeNote && (
              <Descriptions.Item label={t('supervision.alerts.closeNote')}>
                {alert.closeNote}
              </Descriptions.Item>
            )}
            {alert.resolvedAt && (
              <Descriptions.Item label={t('supervision.alerts.resolvedAt')}>
                {formatDateTime(alert.resolvedAt, i18n.language)}
                {alert.resolvedReason === 'condition_cleared' &&
                  ` · ${t('supervision.history.notes.condition_cleared')}`}
              </Descriptions.Item>
            )}
          </Descriptions>
          <AlertActions alert={alert} me={me} />
          <h3 style={{ marginTop: 16 }}>{t('supervision.history.title')}</h3>
          <History steps={alert.history} />
        </>
      )}
    </Modal>
  )
}
