import { Button, Card, Descriptions, Input, List, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useOpening, useOpeningActions } from '../../api/bidding'
import { useEventStream } from '../../api/events'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'

const yuan = (fen: number | null) =>
  fen === null ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })

/** The online opening (不见面开标): bidders, decryptions, the record once settled, objections; live. */
export function OpeningPage({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const { lotId = '' } = useParams()
  const opening = useOpening(lotId)
  const actions = useOpeningActions(lotId)
  const live = useEventStream(
    [`opening:${lotId}`],
    { 'bidding.opening': () => void opening.refetch() },
    !!lotId,
  )
  const roles = me.grants.map((g) => g.role)
  const isHost = roles.includes('trading_staff')
  const isBidder = roles.includes('trading_bidder')
  const canAnswer = isHost || roles.includes('trading_agency')
  const [objection, setObjection] = useState('')
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const o = opening.data
  return (
    <Shell me={me} title={t('bidding.opening.title')}>
      <ErrorAlert
        error={opening.error ?? actions.start.error ?? actions.object.error ?? actions.answer.error}
      />
      <Typography.Paragraph type="secondary">
        {t('bidding.opening.live', { status: t(`live.${live}`, { defaultValue: live }) })}
      </Typography.Paragraph>
      {o && (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Card>
            <Descriptions column={1}>
              <Descriptions.Item label={t('bidding.opening.status')}>
                <Tag data-testid="opening-status">{t(`bidding.opening.statuses.${o.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('bidding.workspace.deadline')}>
                {o.deadline ? <bdi>{formatInstant(o.deadline, i18n.language)}</bdi> : '—'}
              </Descriptions.Item>
              {o.windowEndsAt && (
                <Descriptions.Item label={t('bidding.opening.windowEnds')}>
                  <bdi>{formatInstant(o.windowEndsAt, i18n.language)}</bdi>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('bidding.opening.count')}>{o.bidCount}</Descriptions.Item>
              {o.nextStep && (
                <Descriptions.Item label={t('bidding.opening.nextStep')}>
                  {t(`bidding.opening.steps.${o.nextStep.step}`)} (<bdi lang="zh-CN">{o.nextStep.basis}</bdi>)
                </Descriptions.Item>
              )}
            </Descriptions>
            {o.status === 'sealed' && isHost && (
              <Button type="primary" loading={actions.start.isPending} onClick={() => actions.start.mutate()}>
                {t('bidding.opening.start')}
              </Button>
            )}
          </Card>
          <Card title={o.status === 'recorded' ? t('bidding.opening.record') : t('bidding.opening.bidders')}>
            <Table
              rowKey="bidId"
              pagination={false}
              dataSource={o.bids}
              data-testid="opening-record"
              columns={[
                {
                  title: t('bidding.opening.bidder'),
                  render: (_, b) => (
                    <>
                      <bdi lang="zh-CN">{b.orgName}</bdi> {b.isMine && <Tag>{t('bidding.opening.mine')}</Tag>}
                    </>
                  ),
                },
                {
                  title: t('bidding.opening.decryption'),
                  render: (_, b) => (
                    <Tag>
                      {t(`bidding.opening.decryptions.${b.decryption}`)}
                      {b.blame ? ` · ${t(`bidding.opening.blame.${b.blame}`)}` : ''}
                    </Tag>
                  ),
                },
                {
                  title: t('bidding.opening.price'),
                  render: (_, b) => <bdi dir="ltr">{yuan(b.priceFen)}</bdi>,
                },
                { title: t('bidding.opening.duration'), render: (_, b) => b.durationDays ?? '—' },
              ]}
            />
            {o.status === 'decrypting' && (
              <Typography.Paragraph type="secondary">
                {t('bidding.opening.hiddenUntilAll')}
              </Typography.Paragraph>
            )}
          </Card>
          {o.status !== 'sealed' && (
            <Card title={t('bidding.opening.objections')}>
              <List
                dataSource={o.objections}
                locale={{ emptyText: t('bidding.opening.noObjections') }}
                renderItem={(x) => (
                  <List.Item>
                    <Space direction="vertical" style={{ width: '100%' }}>
                      <span>
                        <bdi lang="zh-CN">{x.orgName}</bdi>: <bdi>{x.text}</bdi>
                      </span>
                      {x.answer ? (
                        <span>
                          {t('bidding.opening.answer')}: <bdi>{x.answer}</bdi>
                        </span>
                      ) : canAnswer ? (
                        <Space.Compact style={{ width: '100%' }}>
                          <Input
                            aria-label={t('bidding.opening.answer')}
                            value={answers[x.id] ?? ''}
                            onChange={(e) => setAnswers({ ...answers, [x.id]: e.target.value })}
                          />
                          <Button
                            onClick={() => actions.answer.mutate({ id: x.id, answer: answers[x.id] ?? '' })}
                          >
                            {t('bidding.opening.sendAnswer')}
                          </Button>
                        </Space.Compact>
                      ) : (
                        <Tag>{t('bidding.opening.unanswered')}</Tag>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
              {isBidder && (
                <Space.Compact style={{ width: '100%', marginTop: 12 }}>
                  <Input
                    aria-label={t('bidding.opening.raise')}
                    value={objection}
                    onChange={(e) => setObjection(e.target.value)}
                  />
                  <Button
                    onClick={() => {
                      actions.object.mutate(objection)
                      setObjection('')
                    }}
                  >
                    {t('bidding.opening.raise')}
                  </Button>
                </Space.Compact>
              )}
            </Card>
          )}
        </Space>
      )}
    </Shell>
  )
}
