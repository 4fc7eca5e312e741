import { CalendarOutlined, CloseCircleOutlined, PrinterOutlined, ScheduleOutlined } from '@ant-design/icons'
import { checkResidentId } from '@yimin/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAvailability, type Appointment, type CategoryAvailability, type Slot } from '../../../api/queue'
import { CardReaderButton } from '../../../components/CardReaderButton'
import { errorKey } from '../../../components/ErrorAlert'
import { centerTime, formatDay } from '../../../components/format'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { KioskScreen } from '../KioskScreen'
import { KeypadField } from '../ticket/Keypad'
import { useBookAppointment, useCancelAppointment } from '../../../api/appointments'

type Mode =
  | { kind: 'menu' }
  | { kind: 'book'; category: CategoryAvailability | null; slot: Slot | null }
  | { kind: 'cancel' }

const isPhone = (v: string) => /^1[3-9]\d{9}$/.test(v)
const isId = (v: string) => v.length === 18 && checkResidentId(v) === null

/** The ID number on the keypad, or from the card reader when there is one. */
function IdField({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="keypad-column">
      <KeypadField
        id={id}
        label={t('queue.kiosk.idNumber')}
        value={value}
        onChange={onChange}
        maxLength={18}
        allowX
      />
      <CardReaderButton onRead={(card) => onChange(card.idNumber)} />
    </div>
  )
}

function AppointmentDone({
  appointment,
  categoryName,
  cancelled,
  onBack,
}: {
  appointment: Appointment
  categoryName: string | null
  cancelled: boolean
  onBack: () => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <div className="kiosk-result kiosk-printable" role="status">
      <h3>{cancelled ? t('kiosk.appointment.cancelled') : t('kiosk.appointment.booked')}</h3>
      <dl className="kiosk-facts">
        <div>
          <dt>{t('kiosk.appointment.code')}</dt>
          <dd className="kiosk-code" dir="ltr">
            {appointment.code}
          </dd>
        </div>
        {categoryName && (
          <div>
            <dt>{t('guide.queueCategory')}</dt>
            <dd>
              <bdi>{categoryName}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('kiosk.appointment.when')}</dt>
          <dd>
            {formatDay(appointment.date, i18n.language)}{' '}
            <bdi>{`${appointment.startsAt}–${appointment.endsAt}`}</bdi>
          </dd>
        </div>
      </dl>
      {!cancelled && <p>{t('kiosk.appointment.bookedNote')}</p>}
      <div className="ticket-actions">
        {!cancelled && (
          <button type="button" className="kiosk-tile kiosk-action" onClick={() => window.print()}>
            <span>
              <PrinterOutlined aria-hidden /> {t('kiosk.print')}
            </span>
          </button>
        )}
        <button type="button" className="kiosk-tile kiosk-action" onClick={onBack}>
          <span>{t('queue.ticket.done')}</span>
        </button>
      </div>
    </div>
  )
}

/** Appointments (预约) at the kiosk: what is left today per category and slot, book one, or cancel with the code. */
export function KioskAppointment({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const availability = useAvailability()
  const book = useBookAppointment()
  const cancel = useCancelAppointment()
  const [mode, setMode] = useState<Mode>({ kind: 'menu' })
  const [phone, setPhone] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [code, setCode] = useState('')
  const title = t('kiosk.features.appointment.title')
  const icon = <ScheduleOutlined />
  const toMenu = () => {
    setMode({ kind: 'menu' })
    book.reset()
    cancel.reset()
    setPhone('')
    setIdNumber('')
    setCode('')
  }

  if (book.data && mode.kind === 'book') {
    return (
      <KioskScreen title={title} icon={icon} onBack={onBack}>
        <AppointmentDone
          appointment={book.data}
          categoryName={mode.category ? name(mode.category) : null}
          cancelled={false}
          onBack={onBack}
        />
      </KioskScreen>
    )
  }
  if (cancel.data) {
    return (
      <KioskScreen title={title} icon={icon} onBack={onBack}>
        <AppointmentDone appointment={cancel.data} categoryName={null} cancelled onBack={onBack} />
      </KioskScreen>
    )
  }

  if (mode.kind === 'menu') {
    return (
      <KioskScreen title={title} icon={icon} onBack={onBack}>
        <ul className="kiosk-tiles">
          <li>
            <button
              type="button"
              className="kiosk-tile"
              onClick={() => setMode({ kind: 'book', category: null, slot: null })}
            >
              <span aria-hidden className="kiosk-tile-icon">
                <CalendarOutlined />
              </span>
              {t('kiosk.appointment.book')}
              <span className="kiosk-tile-note">{t('kiosk.appointment.bookNote')}</span>
            </button>
          </li>
          <li>
            <button type="button" className="kiosk-tile" onClick={() => setMode({ kind: 'cancel' })}>
              <span aria-hidden className="kiosk-tile-icon">
                <CloseCircleOutlined />
              </span>
              {t('kiosk.appointment.cancel')}
              <span className="kiosk-tile-note">{t('kiosk.appointment.cancelNote')}</span>
            </button>
          </li>
        </ul>
      </KioskScreen>
    )
  }

  if (mode.kind === 'cancel') {
    const isReady = /^\d{8}$/.test(code) && isId(idNumber)
    return (
      <KioskScreen
        title={t('kiosk.appointment.cancel')}
        icon={<CloseCircleOutlined />}
        onBack={toMenu}
        backLabel={t('kiosk.appointment.backToMenu')}
      >
        <form
          className="queue-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (isReady) cancel.mutate({ code, idNumber })
          }}
        >
          <div className="queue-fields">
            <KeypadField
              id="appointment-code"
              label={t('kiosk.appointment.code')}
              value={code}
              onChange={setCode}
              maxLength={8}
            />
            <IdField id="appointment-cancel-id" value={idNumber} onChange={setIdNumber} />
          </div>
          {cancel.isError && (
            <p role="alert" className="queue-error">
              {t(errorKey(cancel.error))}
            </p>
          )}
          <button type="submit" className="kiosk-tile queue-submit" disabled={!isReady || cancel.isPending}>
            <span>
              <CloseCircleOutlined aria-hidden /> {t('kiosk.appointment.cancel')}
            </span>
          </button>
        </form>
      </KioskScreen>
    )
  }

  const { category, slot } = mode
  if (!category || !slot) {
    const now = centerTime()
    const withSlots = (availability.data ?? []).filter((c) => c.slotsToday.length > 0)
    return (
      <KioskScreen
        title={t('kiosk.appointment.pickSlot')}
        icon={<CalendarOutlined />}
        onBack={toMenu}
        backLabel={t('kiosk.appointment.backToMenu')}
      >
        {availability.isPending && <Loading />}
        {availability.isError && (
          <p role="alert" className="queue-error">
            {t(errorKey(availability.error))}
          </p>
        )}
        {availability.data && withSlots.length === 0 && (
          <p className="queue-form-note">{t('kiosk.appointment.noSlots')}</p>
        )}
        {withSlots.map((c) => {
          const left = c.slotsToday.filter((s) => s.endsAt > now).reduce((n, s) => n + s.left, 0)
          return (
            <section key={c.categoryId} className="kiosk-slots" aria-labelledby={`slots-${c.categoryId}`}>
              <h3 id={`slots-${c.categoryId}`}>
                <span className="queue-prefix" dir="ltr">
                  {c.prefix}
                </span>{' '}
                <bdi>{name(c)}</bdi> · {t('kiosk.appointment.leftToday', { count: left })}
              </h3>
              <ul className="kiosk-slot-list">
                {c.slotsToday.map((s) => {
                  const isPast = s.endsAt <= now
                  return (
                    <li key={s.id}>
                      <button
                        type="button"
                        className="kiosk-back kiosk-slot"
                        disabled={isPast || s.left <= 0}
                        onClick={() => setMode({ kind: 'book', category: c, slot: s })}
                      >
                        <bdi dir="ltr">{`${s.startsAt}–${s.endsAt}`}</bdi>
                        <span className="kiosk-slot-left">
                          {isPast
                            ? t('kiosk.appointment.passed')
                            : s.left > 0
                              ? t('kiosk.appointment.placesLeft', { count: s.left })
                              : t('kiosk.appointment.full')}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
      </KioskScreen>
    )
  }

  const isReady = isPhone(phone) && isId(idNumber)
  return (
    <KioskScreen
      title={`${category.prefix} ${name(category)} · ${slot.startsAt}–${slot.endsAt}`}
      icon={<CalendarOutlined />}
      onBack={() => setMode({ kind: 'book', category: null, slot: null })}
      backLabel={t('kiosk.appointment.otherSlot')}
    >
      <form
        className="queue-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (isReady) book.mutate({ slotId: slot.id, phone, idNumber })
        }}
      >
        <p className="queue-form-note">{t('kiosk.appointment.formNote')}</p>
        <div className="queue-fields">
          <KeypadField
            id="appointment-phone"
            label={t('queue.kiosk.phone')}
            value={phone}
            onChange={setPhone}
            maxLength={11}
          />
          <IdField id="appointment-id" value={idNumber} onChange={setIdNumber} />
        </div>
        {phone.length === 11 && !isPhone(phone) && (
          <p role="alert" className="queue-error">
            {t('queue.kiosk.phoneInvalid')}
          </p>
        )}
        {idNumber.length === 18 && !isId(idNumber) && (
          <p role="alert" className="queue-error">
            {t('queue.kiosk.idInvalid')}
          </p>
        )}
        {book.isError && (
          <p role="alert" className="queue-error">
            {t(errorKey(book.error))}
          </p>
        )}
        <button type="submit" className="kiosk-tile queue-submit" disabled={!isReady || book.isPending}>
          <span>
            <CalendarOutlined aria-hidden /> {t('kiosk.appointment.confirm')}
          </span>
        </button>
      </form>
    </KioskScreen>
  )
}
