import { Button, Card, Col, Empty, List, Row, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import {
  useBookRoom,
  useBookings,
  useOpenings,
  useRegisterProject,
  useRooms,
  useTradingProjects,
} from '../../api/trading'
import { Shell } from '../../app/Shell'
import { DateTimePicker } from '../../components/DateTimePicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { LotProcessPicker } from '../evaluation/LotProcessPicker'
import { formatInstant } from './TradingLabels'

const toInstant = (local: string) => new Date(`${local}:00+08:00`).toISOString()

/** The center's desk: registration (进场登记), today's openings, the rooms' bookings for the week and booking a room. */
export function CenterDesk({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const projects = useTradingProjects()
  const register = useRegisterProject()
  const openings = useOpenings('today', 60_000)
  const week = useOpenings('week')
  const bookings = useBookings(
    week.data?.from ?? '2000-01-01T00:00:00Z',
    week.data?.to ?? '2000-01-02T00:00:00Z',
  )
  const rooms = useRooms()
  const book = useBookRoom()
  const [form, setForm] = useState({ roomId: '', lotId: '', start: '', end: '' })
  const waiting = (projects.data ?? []).filter((p) => p.status === 'draft')
  const lots = (projects.data ?? [])
    .filter((p) => p.status !== 'draft' && p.status !== 'terminated')
    .flatMap((p) => p.lots.map((l) => ({ value: l.id, label: `${p.code} · ${l.name}` })))
  return (
    <Shell me={me} title={t('trading.center.title')}>
      <ErrorAlert error={projects.error ?? register.error ?? bookings.error} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <LotProcessPicker projects={projects.data ?? []} showExperts />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('trading.center.registration')}>
            <List
              dataSource={waiting}
              locale={{ emptyText: <Empty description={t('trading.center.nothingWaiting')} /> }}
              renderItem={(p) => (
                <List.Item
                  actions={[
                    <Button
                      key="r"
                      size="small"
                      loading={register.isPending}
                      onClick={() => register.mutate(p.id)}
                    >
                      {t('trading.center.register')}
                    </Button>,
                  ]}
                >
                  <bdi>{p.code}</bdi> · <bdi lang="zh-CN">{p.name}</bdi> ·{' '}
                  <bdi lang="zh-CN">{p.agency.name}</bdi>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('trading.public.openingsToday')}>
            <List
              dataSource={openings.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('trading.public.noOpenings')} /> }}
              renderItem={(o) => (
                <List.Item
                  actions={[
                    <Link key="o" to={`/trading/openings/${encodeURIComponent(o.lotId)}`}>
                      {t('evaluation.lot.opening')}
                    </Link>,
                  ]}
                >
                  <bdi>{formatInstant(o.openingAt, i18n.language)}</bdi> ·{' '}
                  <bdi lang="zh-CN">{o.projectName}</bdi> · <bdi lang="zh-CN">{o.lotName}</bdi> ·{' '}
                  {o.roomName ? (
                    <bdi lang="zh-CN">{o.roomName}</bdi>
                  ) : (
                    <Tag>{t('trading.public.noRoom')}</Tag>
                  )}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('trading.center.bookings')}>
            <Space wrap style={{ marginBottom: 12 }}>
              <Select
                aria-label={t('trading.center.room')}
                placeholder={t('trading.center.room')}
                style={{ width: 200 }}
                onChange={(v: string) => setForm({ ...form, roomId: v })}
                options={(rooms.data ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.name} (${t(`trading.roomKinds.${r.kind}`)})`,
                }))}
              />
              <Select
                aria-label={t('trading.fields.lot')}
                placeholder={t('trading.fields.lot')}
                style={{ width: 320 }}
                onChange={(v: string) => setForm({ ...form, lotId: v })}
                options={lots}
              />
              <DateTimePicker
                label={t('trading.center.start')}
                minuteStep={30}
                value={form.start}
                onChange={(start) => setForm({ ...form, start })}
              />
              <DateTimePicker
                label={t('trading.center.end')}
                minuteStep={30}
                value={form.end}
                onChange={(end) => setForm({ ...form, end })}
              />
              <Button
                type="primary"
                loading={book.isPending}
                disabled={!form.roomId || !form.lotId || !form.start || !form.end}
                onClick={() =>
                  book.mutate({
                    roomId: form.roomId,
                    lotId: form.lotId,
                    startsAt: toInstant(form.start),
                    endsAt: toInstant(form.end),
                  })
                }
              >
                {t('trading.center.book')}
              </Button>
            </Space>
            <ErrorAlert error={book.error} />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={bookings.data ?? []}
              columns={[
                {
                  title: t('trading.center.start'),
                  render: (_, b) => formatInstant(b.startsAt, i18n.language),
                },
                { title: t('trading.center.end'), render: (_, b) => formatInstant(b.endsAt, i18n.language) },
                {
                  title: t('trading.center.room'),
                  render: (_, b) => `${b.roomName} (${t(`trading.roomKinds.${b.roomKind}`)})`,
                },
                { title: t('trading.fields.lot'), render: (_, b) => `${b.projectCode} · ${b.lotName}` },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Shell>
  )
}
