import { CheckCircleOutlined, WarningFilled } from '@ant-design/icons'
import { Alert, Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useWorkingDaysAdd, useWorkingDaysCount } from '../../api/calendar'
import { Shell } from '../../app/Shell'
import { DayPicker } from '../../components/DayPicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { centerDay } from '../../components/format'

/** Today in the center's time zone, YYYY-MM-DD. */

/** "2026-10-09 (周五)": the date with its weekday in the reader's language. */
function DateWithWeekday({ date }: { date: string }) {
  const { t } = useTranslation()
  const w = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
  return (
    <bdi>
      {date} ({t(`weekdays.${w}`)})
    </bdi>
  )
}

/** A provisional answer says so in words and with an icon: a year it spans is not loaded. */
function Provisional({ years }: { years: number[] }) {
  const { t } = useTranslation()
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningFilled aria-hidden />}
      style={{ marginTop: 12 }}
      title={t('workingDays.provisional', { years: years.join('、') })}
      description={t('workingDays.provisionalExplain')}
    />
  )
}

function Confirmed() {
  const { t } = useTranslation()
  return (
    <Typography.Paragraph style={{ marginTop: 8 }}>
      <CheckCircleOutlined aria-hidden /> {t('workingDays.confirmed')}
    </Typography.Paragraph>
  )
}

function AddCard() {
  const { t } = useTranslation()
  const [input, setInput] = useState<{ from: string; days: number } | null>(null)
  const result = useWorkingDaysAdd(input)
  const r = result.data
  return (
    <Card
      title={
        <h2 id="wd-add" style={{ fontSize: 18, margin: 0 }}>
          {t('workingDays.addTitle')}
        </h2>
      }
      style={{ height: '100%' }}
      role="region"
      aria-labelledby="wd-add"
    >
      <Form
        name="wd-add"
        layout="vertical"
        initialValues={{ from: centerDay(), days: 20 }}
        onFinish={(v: { from: string; days: number }) => setInput({ from: v.from, days: v.days })}
      >
        <Form.Item
          label={t('workingDays.from')}
          name="from"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DayPicker />
        </Form.Item>
        <Form.Item
          label={t('workingDays.days')}
          name="days"
          extra={t('workingDays.daysHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={1000} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={result.isFetching}>
          {t('workingDays.calculate')}
        </Button>
      </Form>
      <ErrorAlert error={result.error} style={{ marginTop: 12 }} />
      {r && (
        <div role="status" aria-live="polite" style={{ marginTop: 16 }}>
          <Typography.Paragraph style={{ fontSize: 18, marginBottom: 4 }}>
            {t('workingDays.addResult', { days: r.days })}{' '}
            <strong data-testid="add-result">{<DateWithWeekday date={r.date} />}</strong>
          </Typography.Paragraph>
          {r.isProvisional ? <Provisional years={r.provisionalYears} /> : <Confirmed />}
          {r.holidays.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t('workingDays.holidaysSkipped')}:{' '}
              {r.holidays.map((h) => `${h.date} ${h.name}`).join(t('common.listSeparator'))}
            </Typography.Paragraph>
          )}
          {r.makeUpWorkdays.length > 0 && (
            <Typography.Paragraph>
              {t('workingDays.makeUpCounted')}:{' '}
              {r.makeUpWorkdays.map((h) => `${h.date} ${h.name}`).join(t('common.listSeparator'))}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Card>
  )
}

function CountCard() {
  const { t } = useTranslation()
  const [input, setInput] = useState<{ from: string; to: string } | null>(null)
  const result = useWorkingDaysCount(input)
  const r = result.data
  return (
    <Card
      title={
        <h2 id="wd-count" style={{ fontSize: 18, margin: 0 }}>
          {t('workingDays.countTitle')}
        </h2>
      }
      style={{ height: '100%' }}
      role="region"
      aria-labelledby="wd-count"
    >
      <Form
        name="wd-count"
        layout="vertical"
        initialValues={{ from: centerDay(), to: centerDay() }}
        onFinish={(v: { from: string; to: string }) => setInput(v)}
      >
        <Form.Item
          label={t('workingDays.from')}
          name="from"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DayPicker />
        </Form.Item>
        <Form.Item
          label={t('workingDays.to')}
          name="to"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DayPicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={result.isFetching}>
          {t('workingDays.calculate')}
        </Button>
      </Form>
      <ErrorAlert error={result.error} style={{ marginTop: 12 }} />
      {r && (
        <div role="status" aria-live="polite" style={{ marginTop: 16 }}>
          <Typography.Paragraph style={{ fontSize: 18, marginBottom: 4 }}>
            {t('workingDays.countResult', { from: r.from, to: r.to })}{' '}
            <strong data-testid="count-result">{t('workingDays.nDays', { count: r.workingDays })}</strong>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('workingDays.countRule')}</Typography.Paragraph>
          {r.isProvisional ? <Provisional years={r.provisionalYears} /> : <Confirmed />}
        </div>
      )}
    </Card>
  )
}

/** /tools/working-days — the working-day calculator for staff. */
export function WorkingDays({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  return (
    <Shell me={me} title={t('workingDays.title')}>
      <Typography.Paragraph>{t('workingDays.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <AddCard />
        </Col>
        <Col xs={24} md={12}>
          <CountCard />
        </Col>
      </Row>
    </Shell>
  )
}
