import {
  CalculatorOutlined, FileAddOutlined, FileDoneOutlined, NotificationOutlined, PrinterOutlined, SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'

/** The window clerk's counter workstation (一窗受理). */
export function CounterHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  return (
    <Shell me={me} title={t('counter.title')}>
      <SectionGrid
        sections={[
          { key: 'counter.callTicket', icon: <NotificationOutlined /> },
          { key: 'counter.intake', icon: <FileAddOutlined /> },
          { key: 'counter.materials', icon: <SafetyCertificateOutlined /> },
          { key: 'counter.correction', icon: <SolutionOutlined /> },
          { key: 'counter.receipts', icon: <PrinterOutlined /> },
          { key: 'counter.handover', icon: <FileDoneOutlined /> },
          { key: 'tools.workingDays', icon: <CalculatorOutlined />, to: '/tools/working-days' },
        ]}
      />
    </Shell>
  )
}
