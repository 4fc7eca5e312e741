import {
  announcementKinds,
  type AnnouncementDates,
  type AnnouncementKind,
  type AnnouncementResponse,
  type TradingProjectResponse,
} from '@yimin/shared'
import { Alert, Button, Card, Checkbox, Form, Input, List, Select, Space } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDraftAnnouncement, useTimetableCheck } from '../../api/trading'
import { DateTimePicker } from '../../components/DateTimePicker'
import { DayPicker } from '../../components/DayPicker'
import { ErrorAlert } from '../../components/ErrorAlert'

const dateFields: Record<AnnouncementKind, Array<keyof AnnouncementDates>> = {
  tender: ['saleStart', 'saleEnd', 'bidDeadline'],
  transfer: ['tradingStart', 'listingEnd'],
  change: ['affectsBids', 'bidDeadline'],
  candidates: ['reportReceivedOn', 'publicityStart', 'publicityEnd'],
  result: ['decidedOn', 'publicityEnd'],
  termination: [],
}

function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}

/** A local 'YYYY-MM-DDTHH:mm' (center time) as an instant with the center's offset. */
const toInstant = (local: string) => (local ? `${local}:00+08:00` : undefined)

/**
 * Drafting an announcement with the timetable check shown as the dates are typed: each broken
 * rule with its legal basis and the date it requires.
 */
export function AnnouncementDraftForm({
  project,
  published,
}: {
  project: TradingProjectResponse
  published: AnnouncementResponse[]
}) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<AnnouncementKind>(
    project.category === 'works' || project.category === 'procurement' ? 'tender' : 'transfer',
  )
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [previousId, setPreviousId] = useState<string | undefined>(undefined)
  const [raw, setRaw] = useState<Record<string, string | boolean>>({})
  const dates = useMemo(() => {
    const d: AnnouncementDates = {}
    for (const f of dateFields[kind]) {
      const v = raw[f]
      if (f === 'affectsBids') d.affectsBids = v === true
      else if (f === 'bidDeadline') {
        const instant = typeof v === 'string' ? toInstant(v) : undefined
        if (instant) d.bidDeadline = instant
      } else if (typeof v === 'string' && v) d[f] = v
    }
    return d
  }, [kind, raw])
  const debounced = useDebounced({ kind, dates })
  const check = useTimetableCheck(project.id, debounced)
  const draft = useDraftAnnouncement(project.id)
  const fieldLabel = (f: string) => t(`trading.dates.${f}`)

  return (
    <Card title={t('trading.agency.draftTitle')}>
      <Form layout="vertical" onFinish={() => undefined}>
        <Form.Item label={t('trading.fields.kind')}>
          <Select
            aria-label={t('trading.fields.kind')}
            value={kind}
            onChange={(v: AnnouncementKind) => setKind(v)}
            options={announcementKinds.map((k) => ({ value: k, label: t(`trading.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('trading.fields.title')}>
          <Input
            aria-label={t('trading.fields.title')}
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('trading.fields.body')}>
          <Input.TextArea
            aria-label={t('trading.fields.body')}
            rows={5}
            value={body}
            maxLength={50_000}
            onChange={(e) => setBody(e.target.value)}
          />
        </Form.Item>
        {kind !== 'tender' && kind !== 'transfer' && (
          <Form.Item label={t('trading.fields.previous')}>
            <Select
              aria-label={t('trading.fields.previous')}
              allowClear
              value={previousId}
              onChange={(v?: string) => setPreviousId(v)}
              options={published.map((a) => ({ value: a.id, label: a.title }))}
            />
          </Form.Item>
        )}
        <Space wrap align="end">
          {dateFields[kind].map((f) =>
            f === 'affectsBids' ? (
              <Checkbox
                key={f}
                checked={raw[f] === true}
                onChange={(e) => setRaw({ ...raw, [f]: e.target.checked })}
              >
                {fieldLabel(f)}
              </Checkbox>
            ) : (
              <Form.Item key={f} label={fieldLabel(f)} style={{ marginBottom: 8 }}>
                {f === 'bidDeadline' ? (
                  <DateTimePicker
                    label={fieldLabel(f)}
                    value={typeof raw[f] === 'string' ? raw[f] : ''}
                    onChange={(v) => setRaw({ ...raw, [f]: v })}
                  />
                ) : (
                  <DayPicker
                    label={fieldLabel(f)}
                    value={typeof raw[f] === 'string' ? raw[f] : ''}
                    onChange={(v) => setRaw({ ...raw, [f]: v })}
                  />
                )}
              </Form.Item>
            ),
          )}
        </Space>
      </Form>
      <section aria-live="polite" aria-labelledby="timetable-check" style={{ margin: '12px 0' }}>
        <h3 id="timetable-check" style={{ fontSize: 16 }}>
          {t('trading.agency.check')}
        </h3>
        {check.data &&
          (check.data.violations.length === 0 ? (
            <Alert
              type="success"
              showIcon
              message={t('trading.agency.checkOk', { version: check.data.timetableVersion })}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              message={t('trading.agency.checkFailed')}
              description={
                <List
                  size="small"
                  dataSource={check.data.violations}
                  renderItem={(v) => (
                    <List.Item>
                      {t('trading.agency.violation', {
                        rule: t(`trading.steps.${v.step}`),
                        days: v.days,
                        unit: t(`trading.units.${v.unit}`),
                        basis: v.basis,
                        actual: v.actual,
                        required: v.required,
                      })}
                    </List.Item>
                  )}
                />
              }
            />
          ))}
        {check.data?.movedDeadline && (
          <Alert
            type="warning"
            showIcon
            message={t('trading.agency.willMove', { to: check.data.movedDeadline })}
          />
        )}
      </section>
      <ErrorAlert error={draft.error} />
      <Button
        type="primary"
        loading={draft.isPending}
        disabled={!title.trim() || !body.trim()}
        onClick={() =>
          draft.mutate({
            kind,
            title,
            body,
            language: 'zh-CN',
            dates,
            ...(previousId ? { previousId } : {}),
          })
        }
      >
        {t('trading.agency.saveDraft')}
      </Button>
    </Card>
  )
}
