import { Button, Card, Col, Empty, Row, Space, Table, Tag } from 'antd'
import { lazy, Suspense, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { figuresExcelUrl, useTradingBoard, useTradingFigures, useTradingProjects } from '../../api/trading'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { MonthPicker } from '../../components/MonthPicker'
import { LotProcessPicker } from '../evaluation/LotProcessPicker'
import { ruleParams } from '../supervision/alert-text'
import { DisputesPanel } from './DisputesPanel'
import { savingsByCategory } from './savings'
import { LotStageTag, ProjectStatusTag } from './TradingLabels'
import { TradingAlertsCard } from './TradingAlertsCard'

const BarChart = lazy(() => import('../../components/BarChart'))
const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })

/**
 * The trading supervision board (行政监督): projects by stage and category, the anomalies the
 * rules find (also raised as supervision alerts), complaints to decide, and the figures (projects,
 * amounts, savings against the budget by month and category) with a chart and Excel.
 */
export function TradingBoard({ me, initialMonth }: { me: StaffMe; initialMonth?: string }) {
  const { t, i18n } = useTranslation()
  const board = useTradingBoard()
  const projects = useTradingProjects()
  const thisMonth = initialMonth ?? new Date().toISOString().slice(0, 7)
  const [range, setRange] = useState({ from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth })
  const figures = useTradingFigures(range.from, range.to)
  const bars = useMemo(
    () =>
      savingsByCategory(figures.data?.rows ?? []).map((s) => ({
        label: t(`trading.categories.${s.category}`),
        value: Math.round(s.fen / 100),
      })),
    [figures.data, t],
  )
  const isSupervisor = me.permissions.includes('trading.supervise')
  return (
    <Shell me={me} title={t('trading.board.title')}>
      <ErrorAlert error={board.error ?? figures.error ?? projects.error} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <LotProcessPicker
            projects={projects.data ?? []}
            showExperts={me.permissions.includes('trading.register')}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('trading.board.stages')}>
            <Table
              rowKey={(r) => `${r.status}|${r.category}`}
              size="small"
              pagination={false}
              loading={board.isLoading}
              dataSource={board.data?.counts ?? []}
              columns={[
                {
                  title: t('trading.fields.status'),
                  render: (_, r) => <ProjectStatusTag status={r.status} />,
                },
                {
                  title: t('trading.fields.category'),
                  render: (_, r) => t(`trading.categories.${r.category}`),
                },
                { title: t('trading.board.projects'), dataIndex: 'projects' },
                { title: t('trading.board.lots'), dataIndex: 'lots' },
                { title: t('trading.fields.budget'), render: (_, r) => yuan(r.budgetFen) },
              ]}
            />
          </Card>
          <Card title={t('trading.board.lotsByStage')} style={{ marginTop: 16 }} data-testid="board-lots">
            <Table
              rowKey={(r) => `${r.stage}|${r.category}`}
              size="small"
              pagination={false}
              loading={board.isLoading}
              dataSource={board.data?.lotCounts ?? []}
              columns={[
                { title: t('trading.fields.stage'), render: (_, r) => <LotStageTag stage={r.stage} /> },
                {
                  title: t('trading.fields.category'),
                  render: (_, r) => t(`trading.categories.${r.category}`),
                },
                { title: t('trading.board.lots'), dataIndex: 'lots' },
                { title: t('trading.fields.budget'), render: (_, r) => yuan(r.budgetFen) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('trading.board.anomalies')}>
            <Table
              rowKey={(a) => `${a.code}|${a.subjectId}`}
              size="small"
              pagination={{ pageSize: 8 }}
              loading={board.isLoading}
              dataSource={board.data?.anomalies ?? []}
              locale={{ emptyText: t('trading.board.noAnomalies') }}
              columns={[
                {
                  title: t('trading.board.rule'),
                  render: (_, a) => <Tag>{t(`supervision.ruleNames.${a.code}`)}</Tag>,
                },
                {
                  title: t('trading.board.what'),
                  render: (_, a) => (
                    <bdi>
                      {t(`supervision.rules.${a.code}`, {
                        ...ruleParams(a.params, i18n.language),
                        project: a.projectCode,
                      })}
                    </bdi>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={t('trading.board.figures')}
            extra={
              <Space wrap>
                <MonthPicker
                  label={t('trading.board.from')}
                  value={range.from}
                  onChange={(from) => setRange({ ...range, from })}
                />
                <MonthPicker
                  label={t('trading.board.to')}
                  value={range.to}
                  onChange={(to) => setRange({ ...range, to })}
                />
                <Button href={figuresExcelUrl(range.from, range.to)}>{t('trading.board.excel')}</Button>
              </Space>
            }
          >
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                {figures.data && bars.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('trading.board.noSavings')}
                    data-testid="savings-empty"
                  />
                ) : (
                  <Suspense fallback={null}>
                    {bars.length > 0 && (
                      <BarChart
                        bars={bars}
                        label={t('trading.board.savingsChart')}
                        isRtl={i18n.dir() === 'rtl'}
                      />
                    )}
                  </Suspense>
                )}
              </Col>
              <Col xs={24} lg={14}>
                <Table
                  rowKey={(r) => `${r.month}|${r.category}`}
                  size="small"
                  pagination={false}
                  loading={figures.isLoading}
                  dataSource={figures.data?.rows ?? []}
                  columns={[
                    { title: t('trading.board.month'), dataIndex: 'month' },
                    {
                      title: t('trading.fields.category'),
                      render: (_, r) => t(`trading.categories.${r.category}`),
                    },
                    { title: t('trading.board.projects'), dataIndex: 'projects' },
                    { title: t('trading.fields.budget'), render: (_, r) => yuan(r.budgetFen) },
                    { title: t('trading.board.award'), render: (_, r) => yuan(r.awardFen) },
                    { title: t('trading.board.savings'), render: (_, r) => yuan(r.savingsFen) },
                    {
                      title: t('trading.board.savingsRate'),
                      render: (_, r) =>
                        r.savingsRate === null ? '—' : `${(r.savingsRate * 100).toFixed(2)}%`,
                    },
                  ]}
                />
              </Col>
            </Row>
          </Card>
        </Col>
        {isSupervisor && !me.permissions.includes('supervision.read') && (
          <Col xs={24}>
            <TradingAlertsCard />
          </Col>
        )}
        <Col xs={24}>
          <DisputesPanel projects={projects.data ?? []} kinds={isSupervisor ? ['complaint'] : []} />
        </Col>
      </Row>
    </Shell>
  )
}
