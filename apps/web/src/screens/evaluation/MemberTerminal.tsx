import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons'
import { Button, Card, Checkbox, Input, InputNumber, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  useConfirmReport,
  useMemberReport,
  useMemberSession,
  useScore,
  type MemberSession,
} from '../../api/evaluation'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ReportTable, yuan } from './ReportTable'

const STORAGE_KEY = 'yimin.evaluation.token'

/** The token comes once in the address (#token=…) from the center's desk; it stays in this tab only. */
function initialToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token')
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash)
    window.history.replaceState(null, '', window.location.pathname)
    return fromHash
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? ''
}

type Marks = { points: Record<string, number>; isPassed: boolean; adjustmentYuan: number }

/** One bid's marks on the member's sheet, saved on its own. */
function BidMarks({
  token,
  session,
  bid,
}: {
  token: string
  session: MemberSession
  bid: MemberSession['bids'][number]
}) {
  const { t } = useTranslation()
  const score = useScore(token)
  const [marks, setMarks] = useState<Marks>({ points: {}, isPassed: true, adjustmentYuan: 0 })
  const scored = session.criteria.filter((c) => !c.isPrice)
  const isComplete = scored.every((c) => typeof marks.points[c.id] === 'number')
  return (
    <Space wrap data-testid={`marks-${bid.bidId}`}>
      {scored.map((c) => (
        <InputNumber
          key={c.id}
          aria-label={`${bid.name} · ${c.name}`}
          addonBefore={<bdi lang="zh-CN">{c.name}</bdi>}
          addonAfter={`/ ${c.maxPoints}`}
          min={0}
          max={c.maxPoints}
          step={0.5}
          onChange={(v) => {
            const points = { ...marks.points }
            if (typeof v === 'number') points[c.id] = v
            else delete points[c.id]
            setMarks({ ...marks, points })
          }}
        />
      ))}
      <Checkbox checked={marks.isPassed} onChange={(e) => setMarks({ ...marks, isPassed: e.target.checked })}>
        {t('evaluation.terminal.passed')}
      </Checkbox>
      {session.method === 'lowest_price' && (
        <InputNumber
          aria-label={t('evaluation.terminal.adjustment')}
          addonBefore={t('evaluation.terminal.adjustment')}
          onChange={(v) => setMarks({ ...marks, adjustmentYuan: typeof v === 'number' ? v : 0 })}
        />
      )}
      <Button
        disabled={!isComplete}
        loading={score.isPending}
        onClick={() =>
          score.mutate({
            bidId: bid.bidId,
            body: {
              points: marks.points,
              isPassed: marks.isPassed,
              adjustmentFen: Math.round(marks.adjustmentYuan * 100),
            },
          })
        }
      >
        {t('evaluation.terminal.save')}
      </Button>
      {score.isSuccess ? (
        <Tag icon={<CheckCircleOutlined aria-hidden />} data-testid="saved">
          {t('evaluation.terminal.saved')}
        </Tag>
      ) : (
        <Tag icon={<ClockCircleOutlined aria-hidden />}>{t('evaluation.terminal.unsaved')}</Tag>
      )}
      <ErrorAlert error={score.error} />
    </Space>
  )
}

/**
 * A committee member's room terminal: during the session only, the opened bids and the scoring
 * sheet; then the report with the totals, ranking and deviation flag, which the member confirms.
 * No account: the session token the center's desk handed to this terminal.
 */
export function MemberTerminal() {
  const { t } = useTranslation()
  const [token, setToken] = useState(initialToken)
  const [typed, setTyped] = useState('')
  const [wantsReport, setWantsReport] = useState(false)
  const session = useMemberSession(token)
  const report = useMemberReport(token, wantsReport)
  const confirm = useConfirmReport(token)
  const s = session.data
  const r = confirm.data ?? report.data
  return (
    <Shell title={t('evaluation.terminal.title')}>
      {!token && (
        <Space.Compact>
          <Input.Password
            aria-label={t('evaluation.terminal.token')}
            placeholder={t('evaluation.terminal.token')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <Button
            type="primary"
            onClick={() => {
              sessionStorage.setItem(STORAGE_KEY, typed.trim())
              setToken(typed.trim())
            }}
          >
            {t('evaluation.terminal.enter')}
          </Button>
        </Space.Compact>
      )}
      <ErrorAlert error={(!r && session.error) || report.error || confirm.error} />
      {s && !r && (
        <Card title={t(`evaluation.methods.${s.method}`)}>
          <Table
            rowKey="bidId"
            pagination={false}
            dataSource={s.bids}
            data-testid="scoring-sheet"
            expandable={{
              defaultExpandAllRows: true,
              expandedRowRender: (b) => <BidMarks token={token} session={s} bid={b} />,
            }}
            columns={[
              { title: t('evaluation.report.bidder'), render: (_, b) => <bdi lang="zh-CN">{b.name}</bdi> },
              {
                title: t('evaluation.report.price'),
                render: (_, b) => <bdi dir="ltr">{yuan(b.priceFen)}</bdi>,
              },
              { title: t('evaluation.terminal.duration'), render: (_, b) => b.durationDays ?? '—' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('evaluation.terminal.priceComputed')}
          </Typography.Paragraph>
          <Button onClick={() => (wantsReport ? void report.refetch() : setWantsReport(true))}>
            {t('evaluation.terminal.showReport')}
          </Button>
        </Card>
      )}
      {r && (
        <Card title={t('evaluation.terminal.report')}>
          <ReportTable report={r} />
          {r.status === 'reported' && (
            <Button
              type="primary"
              style={{ marginTop: 12 }}
              loading={confirm.isPending}
              onClick={() => confirm.mutate()}
            >
              {t('evaluation.terminal.confirm')}
            </Button>
          )}
        </Card>
      )}
    </Shell>
  )
}
