import {
  AuditOutlined,
  CalculatorOutlined,
  DislikeOutlined,
  FundProjectionScreenOutlined,
} from '@ant-design/icons'
import { Button, Card, Space, Tabs } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { AlertsPanel } from './AlertsPanel'
import { AssessmentTable } from './AssessmentTable'
import { ChainSeal } from './ChainSeal'
import { CardsPanel } from './CardsPanel'
import { LightCases } from './LightCases'
import { LiveCounters } from './LiveCounters'
import { OverviewCharts } from './OverviewCharts'
import { DepartmentTable, WindowTable } from './PerformanceTables'
import { periodOf, type PeriodChoice } from './period'
import { PeriodSelect } from './PeriodSelect'
import { Rankings } from './Rankings'
import { SettingsForm, SweepButton } from './SettingsForm'
import { Trends } from './Trends'
import { useSupervisionStream } from './useSupervisionStream'
import './supervision.css'

const tabs = ['live', 'performance', 'assessment', 'alerts', 'cards', 'settings'] as const
type Tab = (typeof tabs)[number]
const h2 = (text: string) => <h2 className="yimin-card-title">{text}</h2>

/** The electronic supervision dashboard (电子监察): live lights, figures, alerts, cards, assessment, settings. */
export function SupervisionHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'live'
  const [choice, setChoice] = useState<PeriodChoice>('month')
  const period = periodOf(choice)
  const status = useSupervisionStream(['staff'])
  const content: Record<Tab, React.ReactNode> = {
    live: (
      <>
        <Card title={h2(t('supervision.charts.title'))} style={{ marginBottom: 16 }}>
          <OverviewCharts />
        </Card>
        <Card title={h2(t('supervision.live.title'))} extra={<SweepButton />} style={{ marginBottom: 16 }}>
          <LiveCounters />
        </Card>
        <Card title={h2(t('supervision.lightCases.title'))}>
          <LightCases light="red" />
          <LightCases light="yellow" />
        </Card>
      </>
    ),
    performance: (
      <Card
        title={h2(t('supervision.tabs.performance'))}
        extra={<PeriodSelect value={choice} onChange={setChoice} />}
      >
        <DepartmentTable period={period} />
        <WindowTable period={period} />
        <Trends period={period} />
        <Rankings period={period} />
      </Card>
    ),
    assessment: (
      <Card
        title={h2(t('supervision.tabs.assessment'))}
        extra={<PeriodSelect value={choice} onChange={setChoice} />}
      >
        <AssessmentTable period={period} />
      </Card>
    ),
    alerts: (
      <Card title={h2(t('supervision.alerts.title'))}>
        <AlertsPanel me={me} />
      </Card>
    ),
    cards: (
      <Card title={h2(t('supervision.cards.title'))}>
        <CardsPanel me={me} />
      </Card>
    ),
    settings: (
      <>
        <Card title={h2(t('supervision.settings.title'))} style={{ marginBottom: 16 }}>
          <SettingsForm />
        </Card>
        <Card title={h2(t('supervision.seal.title'))}>
          <ChainSeal />
        </Card>
      </>
    ),
  }
  return (
    <Shell
      me={me}
      title={t('supervision.title')}
      extra={
        <Space wrap>
          <ConnectionStatus status={status} />
          <Link to="/ratings/rectifications">
            <Button icon={<DislikeOutlined aria-hidden />}>{t('ratings.worklist.title')}</Button>
          </Link>
          <Link to="/ratings/appeals">
            <Button icon={<AuditOutlined aria-hidden />}>{t('ratings.appeals.title')}</Button>
          </Link>
          <Link to="/supervision/wall">
            <Button icon={<FundProjectionScreenOutlined aria-hidden />}>{t('supervision.openWall')}</Button>
          </Link>
          <Link to="/tools/working-days">
            <Button icon={<CalculatorOutlined aria-hidden />}>{t('tools.workingDays.title')}</Button>
          </Link>
        </Space>
      }
    >
      <Tabs
        className="yimin-sv"
        activeKey={tab}
        onChange={(k) => setParams(k === 'live' ? {} : { tab: k }, { replace: true })}
        items={tabs.map((k) => ({ key: k, label: t(`supervision.tabs.${k}`), children: content[k] }))}
        destroyOnHidden
      />
    </Shell>
  )
}
