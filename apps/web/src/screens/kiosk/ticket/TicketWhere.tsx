import { EnvironmentOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useHalls } from '../../../api/org'
import { useLocalName } from '../../../components/names'
import { whereToGo } from '../../hall-guide/hall-directory'

/**
 * Where the ticket's holder goes (请到…): the floor, area and windows that serve its queue
 * category, from the hall model (windows and the categories they serve). On screen and on paper.
 */
export function TicketWhere({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const halls = useHalls()
  if (!halls.data) return null
  const answer = whereToGo(halls.data, { areaId: null, departmentId: null, queueCategoryId: categoryId })
  if (!answer) return <p className="ticket-where ticket-where-unknown">{t('queue.ticket.whereUnknown')}</p>
  const windows = answer.windows.map((w) => w.number).join(t('common.listSeparator'))
  return (
    <div className="ticket-where" data-testid="ticket-where">
      <p className="ticket-where-title">
        <EnvironmentOutlined aria-hidden /> {t('queue.ticket.goTo')}
      </p>
      <p className="ticket-where-place">
        {answer.floor && <span>{t('hallPlace.floor', { n: answer.floor.number })}</span>}
        {answer.area && (
          <span>
            <bdi>{name(answer.area)}</bdi>
          </span>
        )}
      </p>
      {windows && <p className="ticket-where-windows">{t('queue.ticket.windows', { numbers: windows })}</p>}
    </div>
  )
}
