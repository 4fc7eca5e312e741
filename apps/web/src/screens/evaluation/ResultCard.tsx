import { CheckCircleOutlined, PauseCircleOutlined, SoundOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Input, List, Space, Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { noticeUrl, useLotResult, useResultActions, verifyPageOf } from '../../api/evaluation'
import { DayPicker } from '../../components/DayPicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'
import { yuan } from './ReportTable'

const statusIcon: Record<string, ReactNode> = {
  publicity: <SoundOutlined aria-hidden />,
  paused: <PauseCircleOutlined aria-hidden />,
  awarded: <CheckCircleOutlined aria-hidden />,
}

/**
 * A lot's result: the agency publishes the candidates (publicity of at least three days), the
 * center records objections raised during publicity (the result pauses), the agency answers them
 * and awards; then the award notice prints with its QR code to the public verification page.
 */
export function ResultCard({
  lotId,
  isStaff,
  isAgency,
}: {
  lotId: string
  isStaff: boolean
  isAgency: boolean
}) {
  const { t, i18n } = useTranslation()
  const result = useLotResult(lotId)
  const actions = useResultActions(lotId)
  const [dates, setDates] = useState({ start: '', end: '' })
  const [objection, setObjection] = useState({ raisedBy: '', text: '' })
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const r = result.data
  const error = actions.publish.error ?? actions.object.error ?? actions.answer.error ?? actions.award.error
  return (
    <Card title={t('evaluation.result.title')}>
      <ErrorAlert error={error} />
      {!r && (
        <Space direction="vertical">
          <Typography.Paragraph type="secondary">{t('evaluation.result.none')}</Typography.Paragraph>
          {isAgency && (
            <Space wrap>
              <DayPicker
                label={t('evaluation.result.publicityStart')}
                value={dates.start}
                onChange={(start) => setDates({ ...dates, start })}
              />
              <DayPicker
                label={t('evaluation.result.publicityEnd')}
                value={dates.end}
                onChange={(end) => setDates({ ...dates, end })}
              />
              <Button
                type="primary"
                disabled={!dates.start || !dates.end}
                loading={actions.publish.isPending}
                onClick={() =>
                  actions.publish.mutate({ publicityStart: dates.start, publicityEnd: dates.end })
                }
              >
                {t('evaluation.result.publish')}
              </Button>
            </Space>
          )}
        </Space>
      )}
      {r && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('evaluation.result.status')}>
              <Tag icon={statusIcon[r.status]} data-testid="result-status">
                {t(`evaluation.resultStatuses.${r.status}`, { defaultValue: r.status })}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.result.publicity')}>
              <bdi dir="ltr">
                {r.publicityStart} – {r.publicityEnd}
              </bdi>
            </Descriptions.Item>
            {r.awardedAt && (
              <Descriptions.Item label={t('evaluation.result.awardedAt')}>
                <bdi>{formatInstant(r.awardedAt, i18n.language)}</bdi>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table
            rowKey="bidId"
            size="small"
            pagination={false}
            dataSource={r.candidates}
            data-testid="candidates"
            columns={[
              { title: t('evaluation.report.rank'), dataIndex: 'rank' },
              { title: t('evaluation.report.bidder'), render: (_, c) => <bdi lang="zh-CN">{c.name}</bdi> },
              {
                title: t('evaluation.report.price'),
                render: (_, c) => <bdi dir="ltr">{yuan(c.priceFen)}</bdi>,
              },
            ]}
          />
          <Typography.Title level={5}>{t('evaluation.result.objections')}</Typography.Title>
          <List
            dataSource={r.objections}
            locale={{ emptyText: t('evaluation.result.noObjections') }}
            data-testid="result-objections"
            renderItem={(o) => (
              <List.Item>
                <Space direction="vertical" style={{ width: '100%' }}>
                  <span>
                    <bdi lang="zh-CN">{o.raisedBy}</bdi>: <bdi>{o.text}</bdi> ·{' '}
                    {t('evaluation.result.dueOn', { date: o.dueOn })}
                  </span>
                  {o.answer ? (
                    <span>
                      <Tag icon={<CheckCircleOutlined aria-hidden />}>{t('evaluation.result.answered')}</Tag>
                      <bdi>{o.answer}</bdi>
                    </span>
                  ) : isAgency ? (
                    <Space.Compact style={{ width: '100%' }}>
                      <Input
                        aria-label={t('evaluation.result.answer')}
                        value={answers[o.id] ?? ''}
                        onChange={(e) => setAnswers({ ...answers, [o.id]: e.target.value })}
                      />
                      <Button
                        disabled={!answers[o.id]?.trim()}
                        loading={actions.answer.isPending}
                        onClick={() =>
                          actions.answer.mutate({ objectionId: o.id, answer: answers[o.id]!.trim() })
                        }
                      >
                        {t('evaluation.result.sendAnswer')}
                      </Button>
                    </Space.Compact>
                  ) : (
                    <Tag icon={<PauseCircleOutlined aria-hidden />}>{t('evaluation.result.unanswered')}</Tag>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {isStaff && r.status !== 'awarded' && (
            <Space wrap>
              <Input
                aria-label={t('evaluation.result.raisedBy')}
                placeholder={t('evaluation.result.raisedBy')}
                value={objection.raisedBy}
                onChange={(e) => setObjection({ ...objection, raisedBy: e.target.value })}
              />
              <Input
                aria-label={t('evaluation.result.objectionText')}
                placeholder={t('evaluation.result.objectionText')}
                style={{ minWidth: 280 }}
                value={objection.text}
                onChange={(e) => setObjection({ ...objection, text: e.target.value })}
              />
              <Button
                disabled={!objection.raisedBy.trim() || !objection.text.trim()}
                loading={actions.object.isPending}
                onClick={() =>
                  actions.object.mutate(
                    { id: r.id, raisedBy: objection.raisedBy.trim(), text: objection.text.trim() },
                    { onSuccess: () => setObjection({ raisedBy: '', text: '' }) },
                  )
                }
              >
                {t('evaluation.result.record')}
              </Button>
            </Space>
          )}
          {isAgency && r.status !== 'awarded' && (
            <Button
              type="primary"
              loading={actions.award.isPending}
              onClick={() => actions.award.mutate(r.id)}
            >
              {t('evaluation.result.award')}
            </Button>
          )}
          {r.verifyPath && (
            <Space wrap>
              <Button href={noticeUrl(r.id)} target="_blank">
                {t('evaluation.result.notice')}
              </Button>
              <Link to={verifyPageOf(r.verifyPath)} data-testid="verify-link">
                {t('evaluation.result.verifyPage')}
              </Link>
            </Space>
          )}
        </Space>
      )}
    </Card>
  )
}
