import type { RatingLevel, RectificationResponse, RectificationStatus } from '@yimin/shared'
import { ratingLevels } from '@yimin/shared'
import { Button, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { DateTimePicker } from '../../components/DateTimePicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FormModal } from '../../components/FormModal'
import { formatDateTime, formatDay } from '../../components/format'
import { LevelTag } from './levels'
import { useAppeal, useCallback, useCloseRectification, useRectifications } from '../../api/ratings'
import { RectificationStatusTag } from './RectificationStatusTag'

/** Now as a DateTimePicker value, `YYYY-MM-DDTHH:mm` (the browser's local time). */
function localNow(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

type Step = { kind: 'callback' | 'close' | 'appeal'; row: RectificationResponse }

/**
 * The department's worklist of bad reviews (差评整改): each with its due date (5 working days by
 * default), the callback to record (who called, when, what was said, how the citizen rates the
 * fix), closing, and an appeal against a malicious or mistaken review.
 */
export function RectificationWorklist({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<RectificationStatus | undefined>('open')
  const [step, setStep] = useState<Step | null>(null)
  const list = useRectifications(status)
  const callback = useCallback()
  const close = useCloseRectification()
  const appeal = useAppeal()
  const levelOptions = ratingLevels.map((l) => ({ value: l, label: t(`ratings.levels.${l}`) }))
  return (
    <Shell me={me} title={t('ratings.worklist.title')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <label htmlFor="rect-status">{t('ratings.worklist.show')}</label>
        <Select<RectificationStatus | 'all'>
          id="rect-status"
          style={{ minWidth: 160 }}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : v)}
          options={[
            { value: 'open', label: t('ratings.status.open') },
            { value: 'called_back', label: t('ratings.status.called_back') },
            { value: 'closed', label: t('ratings.status.closed') },
            { value: 'all', label: t('ratings.worklist.all') },
          ]}
        />
      </Space>
      <ErrorAlert error={list.error} style={{ marginBottom: 12 }} />
      <Table<RectificationResponse>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('ratings.worklist.none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (x) => <Details x={x} />,
          columnTitle: t('ratings.worklist.details'),
        }}
        columns={[
          {
            title: t('ratings.worklist.subject'),
            key: 'subject',
            render: (_, x) => (
              <>
                <bdi>{x.subjectLabel}</bdi> <Tag>{t(`ratings.subjectKinds.${x.subjectKind}`)}</Tag>
              </>
            ),
          },
          {
            title: t('ratings.worklist.level'),
            key: 'level',
            render: (_, x) => <LevelTag level={x.level} />,
          },
          {
            title: t('ratings.worklist.comment'),
            dataIndex: 'comment',
            render: (c: string | null) => c ?? '—',
          },
          { title: t('ratings.worklist.department'), dataIndex: 'departmentName' },
          {
            title: t('ratings.worklist.due'),
            key: 'due',
            render: (_, x) => formatDay(x.dueOn, i18n.language),
          },
          {
            title: t('ratings.worklist.status'),
            key: 'status',
            render: (_, x) => <RectificationStatusTag status={x.status} isOverdue={x.isOverdue} />,
          },
          {
            title: t('ratings.worklist.actions'),
            key: 'actions',
            render: (_, x) =>
              x.status === 'closed' ? null : (
                <Space wrap>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setStep({ kind: 'callback', row: x })}
                    data-testid={`callback-${x.subjectLabel}`}
                  >
                    {t('ratings.worklist.recordCallback')}
                  </Button>
                  <Button
                    size="small"
                    disabled={x.status !== 'called_back'}
                    onClick={() => setStep({ kind: 'close', row: x })}
                    data-testid={`close-${x.subjectLabel}`}
                  >
                    {t('ratings.worklist.close')}
                  </Button>
                  {!x.appeal && (
                    <Button size="small" onClick={() => setStep({ kind: 'appeal', row: x })}>
                      {t('ratings.worklist.appeal')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <FormModal<{ calledAt: string; note: string; fixLevel?: RatingLevel }>
        open={step?.kind === 'callback'}
        title={t('ratings.worklist.recordCallback')}
        initialValues={{ calledAt: localNow() }}
        mutation={callback}
        onSubmit={(v) =>
          callback.mutateAsync({
            id: step!.row.id,
            input: {
              calledAt: new Date(v.calledAt).toISOString(),
              note: v.note.trim(),
              ...(v.fixLevel ? { fixLevel: v.fixLevel } : {}),
            },
          })
        }
        onClose={() => setStep(null)}
      >
        <Form.Item name="calledAt" label={t('ratings.worklist.calledAt')} rules={[{ required: true }]}>
          <DateTimePicker max={localNow()} label={t('ratings.worklist.calledAt')} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('ratings.worklist.callbackNote')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="callback-note" />
        </Form.Item>
        <Form.Item name="fixLevel" label={t('ratings.worklist.fixLevel')}>
          <Select allowClear options={levelOptions} data-testid="fix-level" />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string }>
        open={step?.kind === 'close'}
        title={t('ratings.worklist.close')}
        initialValues={{}}
        mutation={close}
        onSubmit={(v) => close.mutateAsync({ id: step!.row.id, input: { note: v.note.trim() } })}
        onClose={() => setStep(null)}
      >
        <Form.Item
          name="note"
          label={t('ratings.worklist.closeNote')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="close-note" />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={step?.kind === 'appeal'}
        title={t('ratings.worklist.appeal')}
        initialValues={{}}
        mutation={appeal}
        onSubmit={(v) => appeal.mutateAsync({ id: step!.row.id, input: { reason: v.reason.trim() } })}
        onClose={() => setStep(null)}
      >
        <Form.Item
          name="reason"
          label={t('ratings.worklist.appealReason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Shell>
  )

  function Details({ x }: { x: RectificationResponse }) {
    return (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('ratings.worklist.ratedAt')}>
          {formatDateTime(x.ratedAt, i18n.language)} · {t(`ratings.channels.${x.channel}`)}
        </Descriptions.Item>
        {x.phoneMasked && (
          <Descriptions.Item label={t('ratings.worklist.phone')}>
            <bdi>{x.phoneMasked}</bdi>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('ratings.worklist.callback')}>
          {x.callback
            ? `${formatDateTime(x.callback.calledAt, i18n.language)} · ${x.callback.byName} · ${x.callback.note}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('ratings.worklist.fixLevel')}>
          {x.fixLevel ? <LevelTag level={x.fixLevel} /> : '—'}
        </Descriptions.Item>
        {x.closeNote && (
          <Descriptions.Item label={t('ratings.worklist.closeNote')}>{x.closeNote}</Descriptions.Item>
        )}
        {x.appeal && (
          <Descriptions.Item label={t('ratings.worklist.appeal')}>
            {t(`ratings.appealStatus.${x.appeal.status}`)} · {x.appeal.reason}
            {x.appeal.decisionNote ? ` · ${x.appeal.decisionNote}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    )
  }
}
