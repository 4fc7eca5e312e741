import { CalculatorOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space, Tabs } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useIntakeQueue } from '../../api/cases'
import { useMatterGuide } from '../../api/catalog'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FindCaseBox } from '../../components/FindCaseBox'
import { Loading } from '../../components/Loading'
import { CallingPanel, useStaffedWindow, WindowPicker } from './calling/CallingPanel'
import { IntakeForm } from './IntakeForm'
import { IntakeQueue } from './IntakeQueue'
import { MatterPicker } from './MatterPicker'

function NewApplication({ windowId }: { windowId: string | null }) {
  const navigate = useNavigate()
  const [code, setCode] = useState<string | null>(null)
  const guide = useMatterGuide(code ?? '')
  if (!code) return <MatterPicker onPick={setCode} />
  if (guide.isPending) return <Loading />
  if (guide.isError) return <ErrorAlert error={guide.error} />
  return (
    <IntakeForm
      guide={guide.data}
      windowId={windowId}
      onReceived={(id) => void navigate(`/cases/${id}`)}
      onCancel={() => setCode(null)}
    />
  )
}

/** The window clerk's counter workstation (一窗受理): take in applications, decide intake, hand over. */
export function CounterHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const queue = useIntakeQueue()
  const count = queue.data?.length
  const staffed = useStaffedWindow(me)
  return (
    <Shell
      me={me}
      title={t('counter.title')}
      extra={
        <Space wrap align="start">
          <FindCaseBox />
          <Link to="/tools/working-days">
            <Button icon={<CalculatorOutlined aria-hidden />}>{t('tools.workingDays.title')}</Button>
          </Link>
        </Space>
      }
    >
      {staffed.windows.length > 0 ? (
        <div style={{ marginBottom: 12 }}>
          <WindowPicker windows={staffed.windows} value={staffed.windowId} onChange={staffed.choose} />
        </div>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('queue.counter.noWindow')} />
      )}
      {staffed.windowId && staffed.hallId && (
        <CallingPanel key={staffed.windowId} windowId={staffed.windowId} hallId={staffed.hallId} />
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'new',
              label: t('intake.newApplication'),
              children: <NewApplication windowId={staffed.windowId ?? me.windows?.[0]?.id ?? null} />,
            },
            {
              key: 'queue',
              label: count === undefined ? t('intake.queue') : t('intake.queueCount', { count }),
              children: <IntakeQueue />,
            },
          ]}
        />
      </Card>
    </Shell>
  )
}
