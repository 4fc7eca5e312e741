import { ClockCircleOutlined, LockOutlined, TagsOutlined, TeamOutlined } from '@ant-design/icons'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  useAvailability,
  useCategoryHours,
  useIssueTicket,
  type CategoryAvailability,
} from '../../../api/queue'
import { errorKey } from '../../../components/ErrorAlert'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { BackArrow } from './BackArrow'
import { useHalls } from '../../../api/org'
import { hoursLine, hoursOf } from './category-hours'
import { KeypadFields } from './SharedKeypad'
import { ticketErrorKey } from './queue-errors'
import { TicketCard } from './TicketCard'
import './kiosk-queue.css'

function CategoryButton({
  c,
  hours,
  onPick,
}: {
  c: CategoryAvailability
  hours: string
  onPick: () => void
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const isOut = c.isOpen && c.walkInsLeft <= 0
  return (
    <li>
      <button
        type="button"
        className="kiosk-tile queue-category"
        disabled={!c.isOpen || isOut}
        onClick={onPick}
      >
        <span className="queue-category-name">
          <span className="queue-prefix" dir="ltr">
            {c.prefix}
          </span>{' '}
          {name(c)}
        </span>
        {c.isOpen && !isOut ? (
          <span className="kiosk-tile-note">
            <TeamOutlined aria-hidden /> {t('queue.kiosk.waiting', { count: c.waiting })} ·{' '}
            <ClockCircleOutlined aria-hidden /> {t('queue.kiosk.about', { count: c.estimatedWaitMinutes })} ·{' '}
            {t('queue.kiosk.left', { count: c.walkInsLeft })}
          </span>
        ) : (
          <span className="kiosk-tile-note queue-closed">
            <LockOutlined aria-hidden />{' '}
            {isOut ? t('queue.kiosk.noneLeft') : t(`queue.closedReasons.${c.closedReason ?? 'switched_off'}`)}
            {hours && (
              <span className="queue-hours" data-testid="queue-hours">
                {t('queue.kiosk.hours', { hours })}
              </span>
            )}
          </span>
        )}
      </button>
    </li>
  )
}

/** Take a ticket (取号): pick the category, optionally give phone and ID, get the ticket. */
export function TakeTicket({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const availability = useAvailability()
  const issue = useIssueTicket()
  const [category, setCategory] = useState<CategoryAvailability | null>(null)
  const [phone, setPhone] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [activeField, setActiveField] = useState('ticket-phone')
  const categoryHours = useCategoryHours()
  const halls = useHalls()
  const hoursText = (categoryId: string) =>
    hoursLine(
      hoursOf(categoryId, categoryHours.data, halls.data?.[0]?.openingHours),
      (n) => t(`weekdays.${n}`),
      (from, to) => t('queue.kiosk.dayRange', { from, to }),
      t('common.listSeparator'),
    )
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [category, issue.data])

  if (issue.data) return <TicketCard ticket={issue.data} onDone={onBack} />
  const phoneOk = phone === '' || /^1[3-9]\d{9}$/.test(phone)
  const idOk = idNumber === '' || idNumber.length === 18
  return (
    <section className="queue-kiosk" aria-labelledby="kiosk-heading">
      <div className="queue-kiosk-top">
        <button
          type="button"
          className="kiosk-back"
          data-kiosk-home={category ? undefined : ''}
          onClick={
            category
              ? () => {
                  setCategory(null)
                  issue.reset()
                }
              : onBack
          }
        >
          <BackArrow /> {category ? t('queue.kiosk.otherCategory') : t('kiosk.backHome')}
        </button>
        <h2 id="kiosk-heading" ref={heading} tabIndex={-1} className="queue-kiosk-title">
          <TagsOutlined aria-hidden />{' '}
          {category ? `${category.prefix} ${name(category)}` : t('queue.kiosk.pickCategory')}
        </h2>
      </div>
      {!category && availability.isPending && <Loading />}
      {!category && availability.isError && (
        <p role="alert" className="queue-error">
          {t(errorKey(availability.error))}
        </p>
      )}
      {!category && availability.data && (
        <ul className="queue-categories">
          {availability.data.map((c) => (
            <CategoryButton
              key={c.categoryId}
              c={c}
              hours={c.isOpen ? '' : hoursText(c.categoryId)}
              onPick={() => setCategory(c)}
            />
          ))}
        </ul>
      )}
      {category && (
        <form
          className="queue-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (phoneOk && idOk)
              issue.mutate({
                categoryId: category.categoryId,
                phone: phone || null,
                idNumber: idNumber || null,
              })
          }}
        >
          <p className="queue-form-note">{t('queue.kiosk.optionalNote')}</p>
          <KeypadFields
            active={activeField}
            onActive={setActiveField}
            fields={[
              {
                id: 'ticket-phone',
                label: t('queue.kiosk.phone'),
                hint: t('queue.kiosk.phoneHint'),
                value: phone,
                onChange: setPhone,
                maxLength: 11,
              },
              {
                id: 'ticket-id',
                label: t('queue.kiosk.idNumber'),
                hint: t('queue.kiosk.idHint'),
                value: idNumber,
                onChange: setIdNumber,
                maxLength: 18,
                allowX: true,
              },
            ]}
          />
          {!phoneOk && (
            <p role="alert" className="queue-error">
              {t('queue.kiosk.phoneInvalid')}
            </p>
          )}
          {!idOk && (
            <p role="alert" className="queue-error">
              {t('queue.kiosk.idInvalid')}
            </p>
          )}
          {issue.isError && (
            <p role="alert" className="queue-error">
              {t(ticketErrorKey(issue.error))}
            </p>
          )}
          <button type="submit" className="kiosk-tile queue-submit" disabled={issue.isPending}>
            <span>
              <TagsOutlined aria-hidden />{' '}
              {issue.isPending ? t('queue.kiosk.issuing') : t('queue.kiosk.takeTicket')}
            </span>
          </button>
        </form>
      )}
    </section>
  )
}
