import { pickLocalized, type CaseDetail } from '@yimin/shared'
import { Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Digits } from '../../components/Digits'
import { DueLight } from './case-status'
import { useDepartmentName } from './useDepartmentName'

/** Who applied, who acts for them, and the case's dates (provisional ones marked). */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation()
  const department = useDepartmentName()
  const a = detail.applicant
  const provisional = detail.isDueProvisional ? ` (${t('case.provisional')})` : ''
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { width: 160 } }}>
      <Descriptions.Item label={t('case.number')}>
        <Digits>{detail.number}</Digits>
      </Descriptions.Item>
      <Descriptions.Item label={t('case.department')}>{department(detail.departmentId)}</Descriptions.Item>
      <Descriptions.Item label={t('case.applicantKind')}>{t(`case.kinds.${a.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('case.applicantName')}>
        <bdi>{a.name}</bdi>
      </Descriptions.Item>
      <Descriptions.Item label={a.kind === 'person' ? t('case.idNumber') : t('case.creditCode')}>
        <Digits>{a.idNumber}</Digits>
      </Descriptions.Item>
      <Descriptions.Item label={t('case.phone')}>
        <Digits>{a.phone}</Digits>
      </Descriptions.Item>
      {a.legalRepresentative && (
        <Descriptions.Item label={t('case.legalRepresentative')}>{a.legalRepresentative}</Descriptions.Item>
      )}
      {detail.agent && (
        <Descriptions.Item label={t('case.agent')}>
          <bdi>{detail.agent.name}</bdi> · <Digits>{detail.agent.idNumber}</Digits> ·{' '}
          <Digits>{detail.agent.phone}</Digits>{' '}
          <Tag>{detail.agent.hasAuthorisation ? t('case.hasAuthorisation') : t('case.noAuthorisation')}</Tag>
          {detail.agent.hasAuthorisation && (
            <a
              href={`/api/v1/cases/${encodeURIComponent(detail.id)}/authorisation`}
              target="_blank"
              rel="noreferrer"
            >
              {t('case.openAuthorisation')}
            </a>
          )}
        </Descriptions.Item>
      )}
      {detail.form.map((answer) => (
        <Descriptions.Item
          key={`form-${answer.key}`}
          label={answer.label === null ? answer.key : pickLocalized(answer.label, i18n.language)}
        >
          <bdi>
            {typeof answer.value === 'boolean'
              ? t(answer.value ? 'intake.yes' : 'intake.no')
              : answer.choice
                ? pickLocalized(answer.choice, i18n.language)
                : String(answer.value)}
          </bdi>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('case.notify')}>{t(`case.notifyTo.${detail.notify}`)}</Descriptions.Item>
      <Descriptions.Item label={t('case.channel')}>{t(`case.channels.${detail.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('case.receivedOn')}>{detail.receivedOn}</Descriptions.Item>
      <Descriptions.Item label={t('case.intakeDueOn')}>
        {detail.acceptedOn ? '—' : detail.intakeDueOn}
      </Descriptions.Item>
      <Descriptions.Item label={t('case.acceptedOn')}>{detail.acceptedOn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('case.dueOn')}>
        {detail.dueOn ? `${detail.dueOn}${provisional}` : '—'}
        {detail.legalDueOn && detail.legalDueOn !== detail.dueOn && (
          <div>{t('case.legalDueOn', { date: detail.legalDueOn })}</div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('case.remaining')}>
        {detail.completedOn || detail.status === 'refused' || detail.status === 'withdrawn' ? (
          '—'
        ) : (
          <DueLight remainingDays={detail.remainingDays} isPaused={detail.isPaused} />
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('case.extension')}>
        {detail.extensionDays > 0
          ? t('case.extensionDays', { count: detail.extensionDays })
          : t('case.noExtension')}
      </Descriptions.Item>
      <Descriptions.Item label={t('case.corrections')}>
        {detail.correctionCount === 0
          ? t('case.noCorrection')
          : detail.correctionCount === 1
            ? t('case.oneCorrection')
            : t('case.repeatedCorrection', { count: detail.correctionCount })}
      </Descriptions.Item>
      {detail.completedOn && (
        <Descriptions.Item label={t('case.completedOn')}>{detail.completedOn}</Descriptions.Item>
      )}
      {detail.resultNumber && (
        <Descriptions.Item label={t('case.resultNumber')}>{detail.resultNumber}</Descriptions.Item>
      )}
      {detail.deliveryMethod && (
        <Descriptions.Item label={t('case.delivery')}>
          {t(`matter.delivery.${detail.deliveryMethod}`)}
          {detail.trackingNumber ? ` · ${detail.trackingNumber}` : ''}
        </Descriptions.Item>
      )}
    </Descriptions>
  )
}
