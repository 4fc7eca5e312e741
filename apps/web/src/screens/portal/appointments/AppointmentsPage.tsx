import { CalendarOutlined, CheckCircleOutlined } from '@ant-design/icons'
import { checkResidentId, type CitizenMe } from '@yimin/shared'
import { Alert, Button, Card, Empty, Form, Input, List, Popconfirm, Select, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Shell } from '../../../app/Shell'
import { useQueueSettings, type Appointment, type Slot } from '../../../api/queue'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { centerDay, centerTime, formatDay, formatDayWithWeekday } from '../../../components/format'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { RequireCitizen } from '../account/RequireCitizen'
import { AppointmentStatusTag } from './AppointmentStatusTag'
import {
  useBookMine,
  useCancelMine,
  useMyAppointments,
  useOpenSlots,
  type MyAppointment,
} from '../../../api/appointments'
import './appointments.css'

/** how far ahead the portal offers times */
const DAYS_AHEAD = 14

/** /portal/appointments — book a time at the center (预约), see and cancel my appointments. Phone-friendly (360 px). */
export function AppointmentsPage() {
  const { t } = useTranslation()
  return (
    <Shell title={t('appointments.title')}>
      <RequireCitizen>{(me) => <AppointmentsBody me={me} />}</RequireCitizen>
      <p style={{ marginTop: 16 }}>
        <Link to="/portal">{t('portal.backToPortal')}</Link>
      </p>
    </Shell>
  )
}

function AppointmentsBody({ me }: { me: CitizenMe }) {
  const { t } = useTranslation()
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      {/* the masked number kept left to right inside Uyghur text (LRI … PDI) */}
      <Typography.Text type="secondary">
        {t('online.signIn.signedInAs', { phone: `\u2066${me.phoneMasked}\u2069` })}
      </Typography.Text>
      <BookCard me={me} />
      <MyAppointments />
    </Space>
  )
}

function BookCard({ me }: { me: CitizenMe }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const categories = useQueueSettings()
  const [categoryId, setCategoryId] = useState<string | null>(null)
  const [day, setDay] = useState<string | null>(null)
  const [slot, setSlot] = useState<Slot | null>(null)
  const [idNumber, setIdNumber] = useState('')
  const book = useBookMine()
  const from = centerDay(0)
  const slots = useOpenSlots(from, centerDay(DAYS_AHEAD - 1), categoryId)
  const days = useMemo(() => {
    const now = centerTime()
    const open = (slots.data ?? []).filter((s) => s.date > from || s.endsAt > now)
    const byDay = new Map<string, Slot[]>()
    for (const s of open) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s])
    return [...byDay.entries()]
  }, [slots.data, from])
  // the chosen day, else the first with a place left
  const shownDay =
    days.find(([d]) => d === day)?.[0] ??
    days.find(([, ss]) => ss.some((x) => x.left > 0))?.[0] ??
    days[0]?.[0]
  const active = (categories.data ?? []).filter((c) => c.isActive)
  const category = active.find((c) => c.id === categoryId) ?? null
  const needsId = me.idNumberMasked === null
  const idOk = !needsId || (idNumber.length === 18 && checkResidentId(idNumber) === null)

  if (book.data) {
    return (
      <Card>
        <BookedNotice
          appointment={book.data}
          categoryName={category ? name(category) : null}
          onAgain={() => {
            book.reset()
            setSlot(null)
          }}
        />
      </Card>
    )
  }
  return (
    <Card title={t('appointments.book.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('appointments.book.category')} htmlFor="appointment-category">
          <Select
            id="appointment-category"
            size="large"
            loading={categories.isPending}
            placeholder={t('appointments.book.categoryPlaceholder')}
            value={categoryId ?? undefined}
            onChange={(v: string) => {
              setCategoryId(v)
              setDay(null)
              setSlot(null)
            }}
            options={active.map((c) => ({ value: c.id, label: `${c.prefix} ${name(c)}` }))}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={categories.error ?? slots.error} />
      {categoryId && slots.isPending && <Loading />}
      {categoryId && slots.data && days.length === 0 && (
        <Empty description={t('appointments.book.noSlots')} />
      )}
      {days.length > 0 && (
        <Form layout="vertical" component="div">
          <Form.Item label={t('appointments.book.day')} htmlFor="appointment-day">
            <Select
              id="appointment-day"
              size="large"
              value={shownDay}
              onChange={(v: string) => {
                setDay(v)
                setSlot(null)
              }}
              options={days.map(([d, daySlots]) => {
                const left = daySlots.reduce((n, s) => n + s.left, 0)
                return {
                  value: d,
                  label: `${formatDayWithWeekday(d, i18n.language)} · ${left > 0 ? t('kiosk.appointment.placesLeft', { count: left }) : t('kiosk.appointment.full')}`,
                }
              })}
            />
          </Form.Item>
        </Form>
      )}
      {shownDay && (
        <div
          className="portal-slot-list"
          role="group"
          aria-label={t('appointments.book.times', { day: formatDayWithWeekday(shownDay, i18n.language) })}
        >
          {(days.find(([d]) => d === shownDay)?.[1] ?? []).map((s) => {
            const isChosen = slot?.id === s.id
            return (
              <Button
                key={s.id}
                size="large"
                type={isChosen ? 'primary' : 'default'}
                aria-pressed={isChosen}
                disabled={s.left <= 0}
                onClick={() => setSlot(s)}
                icon={isChosen ? <CheckCircleOutlined aria-hidden /> : undefined}
              >
                <bdi dir="ltr">{`${s.startsAt}–${s.endsAt}`}</bdi>
                <span className="portal-slot-left">
                  {s.left > 0
                    ? t('kiosk.appointment.placesLeft', { count: s.left })
                    : t('kiosk.appointment.full')}
                </span>
              </Button>
            )
          })}
        </div>
      )}
      {slot && category && (
        <div className="portal-slot-confirm" aria-live="polite">
          <Typography.Title level={3} style={{ fontSize: 18 }}>
            {t('appointments.book.chosen')}
          </Typography.Title>
          <p>
            <bdi>{`${category.prefix} ${name(category)}`}</bdi> · {formatDay(slot.date, i18n.language)}{' '}
            <bdi dir="ltr">{`${slot.startsAt}–${slot.endsAt}`}</bdi>
          </p>
          {needsId ? (
            <Form layout="vertical" component="div">
              <Form.Item
                label={t('online.signIn.idNumber')}
                htmlFor="appointment-id"
                extra={t('appointments.book.idHelp')}
                validateStatus={idNumber.length === 18 && !idOk ? 'error' : undefined}
                help={idNumber.length === 18 && !idOk ? t('online.signIn.idFormat') : undefined}
                required
              >
                <Input
                  id="appointment-id"
                  size="large"
                  autoComplete="off"
                  maxLength={18}
                  value={idNumber}
                  onChange={(e) => setIdNumber(e.target.value.trim().toUpperCase())}
                />
              </Form.Item>
            </Form>
          ) : (
            <p>{t('appointments.book.withId', { id: me.idNumberMasked })}</p>
          )}
          <ErrorAlert error={book.error} style={{ marginBottom: 12 }} />
          <Button
            type="primary"
            size="large"
            block
            icon={<CalendarOutlined aria-hidden />}
            disabled={!idOk}
            loading={book.isPending}
            onClick={() => book.mutate({ slotId: slot.id, ...(needsId ? { idNumber } : {}) })}
          >
            {t('kiosk.appointment.confirm')}
          </Button>
        </div>
      )}
    </Card>
  )
}

function BookedNotice({
  appointment,
  categoryName,
  onAgain,
}: {
  appointment: Appointment
  categoryName: string | null
  onAgain: () => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={t('kiosk.appointment.booked')}
      description={
        <div>
          <p>
            {categoryName && <bdi>{categoryName}</bdi>} {formatDay(appointment.date, i18n.language)}{' '}
            <bdi dir="ltr">{`${appointment.startsAt}–${appointment.endsAt}`}</bdi>
          </p>
          <p>
            {t('kiosk.appointment.code')}:{' '}
            <strong className="portal-appointment-code" dir="ltr" data-testid="appointment-code">
              {appointment.code}
            </strong>
          </p>
          <p>{t('kiosk.appointment.bookedNote')}</p>
          <p>{t('appointments.book.smsSent')}</p>
          <Button onClick={onAgain}>{t('appointments.book.another')}</Button>
        </div>
      }
    />
  )
}

function MyAppointments() {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const mine = useMyAppointments()
  const cancel = useCancelMine()
  const today = centerDay(0)
  const now = centerTime()
  const isCancellable = (a: MyAppointment) =>
    a.status === 'booked' && (a.date > today || (a.date === today && a.endsAt > now))
  return (
    <Card title={t('appointments.mine.title')}>
      <ErrorAlert error={mine.error ?? cancel.error} style={{ marginBottom: 12 }} />
      <List
        loading={mine.isPending}
        dataSource={mine.data ?? []}
        locale={{ emptyText: <Empty description={t('appointments.mine.empty')} /> }}
        renderItem={(a) => (
          <List.Item data-testid="my-appointment">
            <div className="portal-appointment">
              <strong>
                <bdi>{`${a.prefix} ${name({ name: a.categoryName })}`}</bdi>
              </strong>
              <Space wrap size={[8, 4]}>
                <AppointmentStatusTag status={a.status} />
                <span>
                  {formatDay(a.date, i18n.language)} <bdi dir="ltr">{`${a.startsAt}–${a.endsAt}`}</bdi>
                </span>
                <span>
                  {t('kiosk.appointment.code')}: <bdi dir="ltr">{a.code}</bdi>
                </span>
              </Space>
              {isCancellable(a) && (
                <Popconfirm
                  title={t('appointments.mine.cancelConfirm')}
                  okText={t('appointments.mine.cancelYes')}
                  cancelText={t('appointments.mine.keep')}
                  onConfirm={() => cancel.mutate(a.id)}
                >
                  <Button danger loading={cancel.isPending && cancel.variables === a.id}>
                    {t('appointments.mine.cancel')}
                  </Button>
                </Popconfirm>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  )
}
