import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { Card, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCalendarDays, useCalendarYears } from '../../../api/calendar'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { useActorName } from '../../../components/useActorName'
import { useAdminMe } from '../AdminLayout'
import { DayModal } from './DayModal'
import { ImportYearCard } from './ImportYearCard'
import { YearGrid } from './YearGrid'

/** The working-day calendar: which years are loaded, a year's holidays and 调休 days, import. */
export function CalendarSection() {
  const { t, i18n } = useTranslation()
  const canManage = useAdminMe().permissions.includes('calendar.manage')
  const years = useCalendarYears()
  const actor = useActorName()
  const [picked, setPicked] = useState<number | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const status = years.data
  const year = picked ?? status?.currentYear ?? new Date().getFullYear()
  const days = useCalendarDays(year)
  const choices = [
    ...new Set([
      ...(status?.years.map((y) => y.year) ?? []),
      ...(status ? [status.currentYear, status.nextYear] : []),
    ]),
  ].sort((a, b) => b - a)
  const loaded = days.data?.loaded
  return (
    <>
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('calendarAdmin.title')}</h2>}
        extra={
          <Space>
            <label htmlFor="calendar-year">{t('calendarAdmin.year')}</label>
            <Select
              id="calendar-year"
              value={year}
              onChange={setPicked}
              options={choices.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 110 }}
            />
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <ErrorAlert error={years.error ?? days.error} />
        <Typography.Paragraph>
          {days.data?.isLoaded ? (
            <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
              {t('calendarAdmin.loaded', {
                year,
                source: loaded?.source ?? '',
                time: formatDateTime(loaded?.loadedAt, i18n.language),
              })}
            </Tag>
          ) : (
            <Tag color="warning" icon={<WarningOutlined aria-hidden />}>
              {t('calendarAdmin.notLoaded', { year })}
            </Tag>
          )}
        </Typography.Paragraph>
        <div className="yimin-legend" aria-hidden>
          <span>
            <span className="yimin-day is-holiday">{t('calendarAdmin.holidayMark')}</span>{' '}
            {t('calendarAdmin.kinds.holiday')}
          </span>
          <span>
            <span className="yimin-day is-workday">{t('calendarAdmin.workdayMark')}</span>{' '}
            {t('calendarAdmin.kinds.workday')}
          </span>
          <span>
            <span className="yimin-day is-weekend">6</span> {t('calendarAdmin.weekend')}
          </span>
        </div>
        {canManage && (
          <Typography.Paragraph type="secondary">{t('calendarAdmin.clickToEdit')}</Typography.Paragraph>
        )}
        <YearGrid year={year} days={days.data?.days ?? []} onPick={canManage ? setEditing : undefined} />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('calendarAdmin.daysOf', { year })}</h2>}
        style={{ marginBottom: 16 }}
      >
        <Table
          rowKey="date"
          size="small"
          loading={days.isPending}
          dataSource={days.data?.days ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('calendarAdmin.date'), key: 'date', render: (_, d) => <bdi>{d.date}</bdi> },
            {
              title: t('calendarAdmin.kind'),
              key: 'kind',
              render: (_, d) => t(`calendarAdmin.kinds.${d.kind}`),
            },
            { title: t('calendarAdmin.dayName'), key: 'name', render: (_, d) => d.name },
            {
              title: t('calendarAdmin.updated'),
              key: 'updated',
              render: (_, d) =>
                `${formatDateTime(d.updatedAt, i18n.language)}${d.updatedBy ? ` · ${actor(d.updatedBy)}` : ''}`,
            },
          ]}
        />
      </Card>
      {canManage && status && <ImportYearCard defaultYear={status.missingYears[0] ?? status.nextYear} />}
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('calendarAdmin.loadedYears')}</h2>}>
        <Table
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={status?.years ?? []}
          columns={[
            { title: t('calendarAdmin.year'), key: 'year', render: (_, y) => y.year },
            { title: t('calendarAdmin.source'), key: 'source', render: (_, y) => <code>{y.source}</code> },
            {
              title: t('calendarAdmin.loadedAt'),
              key: 'at',
              render: (_, y) => formatDateTime(y.loadedAt, i18n.language),
            },
            { title: t('calendarAdmin.loadedBy'), key: 'by', render: (_, y) => actor(y.loadedBy) },
          ]}
        />
      </Card>
      <DayModal
        date={editing}
        day={days.data?.days.find((d) => d.date === editing)}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
