import { Card, Descriptions, Space, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { usePublicAnnouncement, usePublicTimeline } from '../../api/trading'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import {
  CategoryTag,
  KindTag,
  LotStageTag,
  MethodTag,
  ProjectStatusTag,
  formatInstant,
} from './TradingLabels'

/** One published announcement (in the language it was written) and its project's timeline; printable. */
export function PublicAnnouncementPage() {
  const { t, i18n } = useTranslation()
  const { id = '' } = useParams()
  const a = usePublicAnnouncement(id)
  const timeline = usePublicTimeline(a.data?.projectId)
  return (
    <Shell
      title={t('trading.public.announcement')}
      extra={<Link to="/portal/trading">{t('trading.public.back')}</Link>}
    >
      <ErrorAlert error={a.error ?? timeline.error} />
      {a.isPending && <Loading />}
      {a.data && (
        <Card>
          <Typography.Title level={2} style={{ fontSize: 22 }}>
            <bdi lang={a.data.language}>{a.data.title}</bdi>
          </Typography.Title>
          <Space wrap size={4} style={{ marginBottom: 12 }}>
            <KindTag kind={a.data.kind} />
            <CategoryTag category={a.data.category} />
            <MethodTag method={a.data.method} />
          </Space>
          {a.data.movedDeadline && (
            <Typography.Paragraph strong role="note">
              {t('trading.public.deadlineMoved', {
                from: formatInstant(a.data.movedDeadline.from, i18n.language),
                to: formatInstant(a.data.movedDeadline.to, i18n.language),
                basis: a.data.movedDeadline.basis,
              })}
            </Typography.Paragraph>
          )}
          <div lang={a.data.language} style={{ whiteSpace: 'pre-wrap' }}>
            {a.data.body}
          </div>
          <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('trading.fields.project')}>
              <bdi>{a.data.projectCode}</bdi>
            </Descriptions.Item>
            {a.data.lots.length > 0 && (
              <Descriptions.Item label={t('trading.fields.lot')}>
                <span data-testid="announcement-lots">
                  {a.data.lots
                    .map((l) => t('trading.public.lotNamed', { seq: l.seq, name: l.name }))
                    .join('；')}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('trading.fields.publishedAt')}>
              <bdi>{formatInstant(a.data.publishedAt, i18n.language)}</bdi>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {timeline.data && (
        <section aria-labelledby="trading-timeline" style={{ marginTop: 16 }}>
          <h2 id="trading-timeline" style={{ fontSize: 18 }}>
            {t('trading.public.timeline')}
          </h2>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('trading.fields.status')}>
              <span data-testid="project-status">
                <ProjectStatusTag status={timeline.data.status} />
              </span>
            </Descriptions.Item>
            {timeline.data.lots.length > 1 &&
              timeline.data.lots.map((l, i) => (
                <Descriptions.Item key={i} label={<bdi>{l.name}</bdi>}>
                  <LotStageTag stage={l.stage} />
                </Descriptions.Item>
              ))}
          </Descriptions>
          <Timeline
            items={timeline.data.announcements.map((x) => ({
              children: (
                <span>
                  <bdi>{formatInstant(x.publishedAt, i18n.language)}</bdi> · {t(`trading.kinds.${x.kind}`)} ·{' '}
                  {x.lots.map((l) => (
                    <span key={l.seq}>
                      <bdi>{t('trading.public.lotNamed', { seq: l.seq, name: l.name })}</bdi> ·{' '}
                    </span>
                  ))}
                  <Link to={`/portal/trading/announcements/${encodeURIComponent(x.id)}`}>
                    <bdi lang={x.language}>{x.title}</bdi>
                  </Link>
                </span>
              ),
            }))}
          />
        </section>
      )}
    </Shell>
  )
}
