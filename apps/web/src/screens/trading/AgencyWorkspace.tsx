import { Button, Card, Descriptions, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useProjectAnnouncements, usePublishAnnouncement, useTradingProjects } from '../../api/trading'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AnnouncementDraftForm } from './AnnouncementDraftForm'
import { CategoryTag, MethodTag, formatInstant } from './TradingLabels'
import { DisputesPanel } from './DisputesPanel'

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })

/** The agency's workspace: its projects, their lots, the announcements and drafting with the timetable check. */
export function AgencyWorkspace({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const projects = useTradingProjects()
  const [selected, setSelected] = useState<string | undefined>(undefined)
  const project = projects.data?.find((p) => p.id === selected) ?? projects.data?.[0]
  const announcements = useProjectAnnouncements(project?.id)
  const publish = usePublishAnnouncement()
  const canDraft = me.permissions.includes('trading.draft')
  return (
    <Shell me={me} title={t('trading.agency.title')}>
      <ErrorAlert error={projects.error ?? announcements.error} />
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('trading.fields.project')}
          style={{ minWidth: 360 }}
          value={project?.id}
          onChange={(v: string) => setSelected(v)}
          options={(projects.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
        />
      </Space>
      {project && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('trading.fields.project')}>
                <bdi lang="zh-CN">{project.name}</bdi>
              </Descriptions.Item>
              <Descriptions.Item label={t('trading.fields.status')}>
                <Tag>{t(`trading.statuses.${project.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('trading.fields.category')}>
                <CategoryTag category={project.category} /> <MethodTag method={project.method} />
              </Descriptions.Item>
              <Descriptions.Item label={t('trading.fields.budget')}>
                {yuan(project.budgetFen)}
              </Descriptions.Item>
            </Descriptions>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={project.lots}
              columns={[
                { title: t('trading.fields.lot'), dataIndex: 'name' },
                { title: t('trading.fields.budget'), render: (_, l) => yuan(l.budgetFen) },
                {
                  title: t('trading.fields.status'),
                  render: (_, l) => <Tag>{t(`trading.lotStages.${l.stage}`)}</Tag>,
                },
                {
                  title: t('trading.dates.bidDeadline'),
                  render: (_, l) => (l.bidDeadline ? formatInstant(l.bidDeadline, i18n.language) : '—'),
                },
                {
                  title: t('evaluation.picker.title'),
                  render: (_, l) => (
                    <Space>
                      <Link to={`/trading/openings/${encodeURIComponent(l.id)}`}>
                        {t('evaluation.lot.opening')}
                      </Link>
                      <Link to={`/trading/lots/${encodeURIComponent(l.id)}`}>
                        {t('evaluation.lot.process')}
                      </Link>
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('trading.agency.announcements')} style={{ marginBottom: 16 }}>
            <ErrorAlert error={publish.error} />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={announcements.data ?? []}
              columns={[
                { title: t('trading.fields.kind'), render: (_, a) => t(`trading.kinds.${a.kind}`) },
                { title: t('trading.fields.title'), dataIndex: 'title' },
                {
                  title: t('trading.fields.status'),
                  render: (_, a) => <Tag>{t(`trading.announcementStatuses.${a.status}`)}</Tag>,
                },
                {
                  title: '',
                  render: (_, a) =>
                    a.status === 'draft' && canDraft ? (
                      <Button size="small" loading={publish.isPending} onClick={() => publish.mutate(a.id)}>
                        {t('trading.agency.publish')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
          {canDraft && (
            <AnnouncementDraftForm
              key={project.id}
              project={project}
              published={(announcements.data ?? []).filter((a) => a.status !== 'draft')}
            />
          )}
        </>
      )}
      <div style={{ marginTop: 16 }}>
        <DisputesPanel projects={projects.data ?? []} kinds={canDraft ? ['objection', 'challenge'] : []} />
      </div>
    </Shell>
  )
}
