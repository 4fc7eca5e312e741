import { EnvironmentOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useLocalName } from '../../components/names'
import type { WhereAnswer } from './hall-directory'

/** The answer to "where do I go": floor, area and windows in words (and a ticket prefix when there is one). */
export function WhereAnswerView({
  answer,
  ticketPrefix,
}: {
  answer: WhereAnswer | null
  ticketPrefix?: string | null
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  if (!answer) {
    return (
      <p className="hall-where-answer" role="status">
        <QuestionCircleOutlined aria-hidden /> {t('guide.askInformation')}
      </p>
    )
  }
  return (
    <dl className="hall-where-answer" role="status" aria-live="polite">
      <div>
        <dt>
          <EnvironmentOutlined aria-hidden /> {t('guide.floorArea')}
        </dt>
        <dd>
          {answer.floor ? `${t('hallPlace.floor', { n: answer.floor.number })} · ` : ''}
          {answer.area ? <bdi>{name(answer.area)}</bdi> : <bdi>{name(answer.hall)}</bdi>}
        </dd>
      </div>
      <div>
        <dt>{t('guide.windows')}</dt>
        <dd>
          {answer.windows.length > 0
            ? answer.windows
                .map((w) => t('hallPlace.window', { n: w.number }))
                .join(t('common.listSeparator'))
            : '—'}
        </dd>
      </div>
      {ticketPrefix && (
        <div>
          <dt>{t('guide.queueCategory')}</dt>
          <dd>{t('guide.ticketPrefix', { prefix: ticketPrefix })}</dd>
        </div>
      )}
    </dl>
  )
}
