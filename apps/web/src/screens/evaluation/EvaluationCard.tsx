import { type EvaluationMethodName, type StartEvaluationRequest } from '@yimin/shared'
import { Alert, Button, Card, Checkbox, Input, InputNumber, List, Radio, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  useEvaluationReport,
  useEvaluationState,
  useProduceReport,
  useStartEvaluation,
} from '../../api/evaluation'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'
import { ReportTable } from './ReportTable'

type Criterion = StartEvaluationRequest['criteria'][number]

/** The sheet proposed for the comprehensive method, edited to match the announced one. */
const defaultSheet = (t: (k: string) => string): Criterion[] => [
  { id: 'c1', name: t('evaluation.start.technical'), maxPoints: 60, isPrice: false },
  { id: 'c2', name: t('evaluation.start.business'), maxPoints: 10, isPrice: false },
  { id: 'c3', name: t('evaluation.start.price'), maxPoints: 30, isPrice: true },
]

/**
 * Center staff: start the session with the lot's sheet; the tokens for the room terminals, once.
 * The lot's evaluation state decides: once started (here or before a reload), no form again.
 */
function StartSession({ lotId, methods }: { lotId: string; methods: EvaluationMethodName[] }) {
  const { t, i18n } = useTranslation()
  const start = useStartEvaluation(lotId)
  const state = useEvaluationState(lotId, true)
  const [method, setMethod] = useState<StartEvaluationRequest['method']>(methods[0] ?? 'comprehensive')
  const [criteria, setCriteria] = useState<Criterion[]>(() => defaultSheet(t))
  const set = (i: number, patch: Partial<Criterion>) =>
    setCriteria(criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  if (start.data)
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('evaluation.start.tokensOnce')} />
        <List
          data-testid="member-terminals"
          dataSource={start.data.members}
          renderItem={(m, i) => (
            <List.Item>
              {t('evaluation.report.member', { n: i + 1 })}:{' '}
              <a
                href={`/evaluation/terminal#token=${encodeURIComponent(m.token)}`}
                target="_blank"
                rel="noreferrer"
              >
                {t('evaluation.start.openTerminal')}
              </a>
            </List.Item>
          )}
        />
      </Space>
    )
  if (!state.data) return <ErrorAlert error={state.error} />
  if (state.data.status !== 'none')
    return (
      <Alert
        data-testid="evaluation-started"
        type="info"
        showIcon
        message={t('evaluation.start.started', {
          at: state.data.startedAt ? formatInstant(state.data.startedAt, i18n.language) : '',
          count: state.data.memberCount,
        })}
      />
    )
  const sheet = method === 'comprehensive' ? criteria : criteria.filter((c) => !c.isPrice)
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Radio.Group
        aria-label={t('evaluation.start.method')}
        value={method}
        onChange={(e) => setMethod(e.target.value as StartEvaluationRequest['method'])}
        options={methods.map((m) => ({ value: m, label: t(`evaluation.methods.${m}`) }))}
      />
      {sheet.map((c) => {
        const i = criteria.indexOf(c)
        return (
          <Space key={c.id} wrap>
            <Input
              aria-label={t('evaluation.start.criterion')}
              value={c.name}
              onChange={(e) => set(i, { name: e.target.value })}
            />
            <InputNumber
              aria-label={t('evaluation.start.maxPoints')}
              min={1}
              max={100}
              value={c.maxPoints}
              onChange={(v) => typeof v === 'number' && set(i, { maxPoints: v })}
            />
            <Checkbox checked={c.isPrice} disabled>
              {t('evaluation.start.isPrice')}
            </Checkbox>
            <Button onClick={() => setCriteria(criteria.filter((x) => x !== c))}>
              {t('evaluation.start.remove')}
            </Button>
          </Space>
        )
      })}
      <Space wrap>
        <Button
          onClick={() =>
            setCriteria([
              ...criteria,
              { id: `c${Date.now().toString(36)}`, name: '', maxPoints: 10, isPrice: false },
            ])
          }
        >
          {t('evaluation.start.add')}
        </Button>
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() =>
            start.mutate({ method, criteria: sheet.map((c) => ({ ...c, name: c.name.trim() })) })
          }
        >
          {t('evaluation.start.go')}
        </Button>
      </Space>
      <ErrorAlert error={start.error} />
    </Space>
  )
}

/**
 * A lot's evaluation: staff start it and produce the report; staff and the supervisor read the
 * report. `methods`: the evaluation methods the lot's procurement method allows (the first is
 * proposed).
 */
export function EvaluationCard({
  lotId,
  isStaff,
  methods,
}: {
  lotId: string
  isStaff: boolean
  methods: EvaluationMethodName[]
}) {
  const { t } = useTranslation()
  const report = useEvaluationReport(lotId, true)
  const produce = useProduceReport(lotId)
  const r = produce.data ?? report.data
  return (
    <Card title={t('evaluation.title')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {r ? (
          <ReportTable report={r} />
        ) : (
          <Typography.Paragraph type="secondary">{t('evaluation.noReport')}</Typography.Paragraph>
        )}
        {isStaff && !r && (
          <>
            <StartSession lotId={lotId} methods={methods} />
            <Button loading={produce.isPending} onClick={() => produce.mutate()}>
              {t('evaluation.produce')}
            </Button>
            <ErrorAlert error={produce.error} />
          </>
        )}
        {isStaff && r && <Button onClick={() => void report.refetch()}>{t('evaluation.refresh')}</Button>}
      </Space>
    </Card>
  )
}
