import { CalendarOutlined } from '@ant-design/icons'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCheckIn } from '../../../api/queue'
import { BackArrow } from './BackArrow'
import { KeypadField } from './Keypad'
import { ticketErrorKey } from './queue-errors'
import { TicketCard } from './TicketCard'
import './kiosk-queue.css'

/** Appointment check-in (预约签到): the SMS code and the ID number give a priority ticket. */
export function CheckIn({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation()
  const checkIn = useCheckIn()
  const [code, setCode] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  if (checkIn.data) return <TicketCard ticket={checkIn.data} onDone={onBack} />
  const isReady = /^\d{8}$/.test(code) && idNumber.length === 18
  return (
    <section className="queue-kiosk" aria-labelledby="kiosk-heading">
      <div className="queue-kiosk-top">
        <button type="button" className="kiosk-back" data-kiosk-home onClick={onBack}>
          <BackArrow /> {t('kiosk.backHome')}
        </button>
        <h2 id="kiosk-heading" ref={heading} tabIndex={-1} className="queue-kiosk-title">
          <CalendarOutlined aria-hidden /> {t('kiosk.features.checkIn.title')}
        </h2>
      </div>
      <form
        className="queue-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (isReady) checkIn.mutate({ code, idNumber })
        }}
      >
        <p className="queue-form-note">{t('queue.kiosk.checkInNote')}</p>
        <div className="queue-fields">
          <KeypadField
            id="checkin-code"
            label={t('queue.kiosk.code')}
            value={code}
            onChange={setCode}
            maxLength={8}
          />
          <KeypadField
            id="checkin-id"
            label={t('queue.kiosk.idNumber')}
            value={idNumber}
            onChange={setIdNumber}
            maxLength={18}
            allowX
          />
        </div>
        {checkIn.isError && (
          <p role="alert" className="queue-error">
            {t(ticketErrorKey(checkIn.error))}
          </p>
        )}
        <button type="submit" className="kiosk-tile queue-submit" disabled={!isReady || checkIn.isPending}>
          <span>
            <CalendarOutlined aria-hidden /> {t('queue.kiosk.checkIn')}
          </span>
        </button>
      </form>
    </section>
  )
}
