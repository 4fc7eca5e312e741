import {
  CalculatorOutlined, AlertOutlined, BarChartOutlined, DesktopOutlined, EyeOutlined, WarningOutlined } from '@ant-design/icons'
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'
import { StaffOverview } from './StaffOverview'

/** The electronic supervision dashboard (电子监察). */
export function SupervisionHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  return (
    <Shell me={me} title={t('supervision.title')}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24}>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('supervision.overview.title')}</h2>}>
            <StaffOverview />
          </Card>
        </Col>
      </Row>
      <SectionGrid
        sections={[
          { key: 'supervision.liveCases', icon: <EyeOutlined /> },
          { key: 'supervision.liveWindows', icon: <DesktopOutlined /> },
          { key: 'supervision.warnings', icon: <WarningOutlined /> },
          { key: 'supervision.cards', icon: <AlertOutlined /> },
          { key: 'supervision.assessments', icon: <BarChartOutlined /> },
          { key: 'tools.workingDays', icon: <CalculatorOutlined />, to: '/tools/working-days' },
        ]}
      />
    </Shell>
  )
}
