import { ArrowLeftOutlined, PauseCircleOutlined } from '@ant-design/icons'
import { Alert, Card, Col, Row, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useCase } from '../../api/cases'
import { ApiError } from '../../api/client'
import { Shell } from '../../app/Shell'
import { homeForRoles } from '../../app/homes'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { CaseActions } from './actions/CaseActions'
import { CaseStatusTag } from './case-status'
import { CaseFacts } from './CaseFacts'
import { CaseMaterials } from './CaseMaterials'
import { DeferredSupplyButton } from './actions/DeferredSupplyButton'
import { CaseApprovals, CaseFees } from './CaseRequests'
import { CaseSupervision } from './CaseSupervision'
import { CaseTasks } from './CaseTasks'
import { CaseTimeline } from './CaseTimeline'
import { useLocalName } from '../../components/names'
import { CallingPanel, useStaffedWindow } from '../counter/calling/CallingPanel'

/** Everything about one case for staff of its departments (the read of personal data is recorded). */
export function CasePage({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const { id = '' } = useParams()
  const detail = useCase(id)
  // a window clerk keeps the calling panel in view while a case is open (taken in, decided)
  const staffed = useStaffedWindow(me)
  const home = homeForRoles(me.grants.map((g) => g.role))
  const back = (
    <Link to={home}>
      <ArrowLeftOutlined aria-hidden className="yimin-flip-rtl" /> {t('case.back')}
    </Link>
  )
  if (detail.isPending)
    return (
      <Shell me={me} title={t('case.title')}>
        <Loading />
      </Shell>
    )
  if (detail.isError)
    return (
      <Shell me={me} title={t('case.title')}>
        {detail.error instanceof ApiError && detail.error.code === 'CASE_NOT_FOUND' ? (
          <Alert type="warning" showIcon title={t('case.notFound')} />
        ) : (
          <ErrorAlert error={detail.error} />
        )}
        <p style={{ marginTop: 16 }}>{back}</p>
      </Shell>
    )
  const d = detail.data
  return (
    <Shell
      me={me}
      title={`${localName({ name: d.matterName })} · ${d.number}`}
      extra={
        <Space wrap>
          <CaseStatusTag status={d.status} outcome={d.outcome} />
          {back}
        </Space>
      }
    >
      {d.isPaused && (
        <Alert
          type="warning"
          showIcon
          icon={<PauseCircleOutlined aria-hidden />}
          style={{ marginBottom: 16 }}
          title={t('case.paused')}
        />
      )}
      {d.isDueProvisional && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('case.provisionalExplain')} />
      )}
      {staffed.windowId && staffed.hallId && (
        <div style={{ marginBottom: 16 }}>
          <CallingPanel key={staffed.windowId} windowId={staffed.windowId} hallId={staffed.hallId} />
        </div>
      )}
      <CaseSupervision caseId={d.id} me={me} />
      <Card title={<h2 className="yimin-card-title">{t('case.actions')}</h2>} style={{ marginBottom: 16 }}>
        {d.allowedActions.length === 0 && <Typography.Paragraph>{t('case.noActions')}</Typography.Paragraph>}
        <CaseActions detail={d} me={me} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={<h2 className="yimin-card-title">{t('case.facts')}</h2>} style={{ marginBottom: 16 }}>
            <CaseFacts detail={d} />
          </Card>
          <Card
            title={<h2 className="yimin-card-title">{t('case.materials')}</h2>}
            style={{ marginBottom: 16 }}
          >
            <DeferredSupplyButton detail={d} me={me} />
            <CaseMaterials materials={d.materials} />
          </Card>
          <Card title={<h2 className="yimin-card-title">{t('case.tasks')}</h2>} style={{ marginBottom: 16 }}>
            <CaseTasks detail={d} />
          </Card>
          <Card
            title={<h2 className="yimin-card-title">{t('case.approvals')}</h2>}
            style={{ marginBottom: 16 }}
          >
            <CaseApprovals approvals={d.approvals} />
          </Card>
          <Card title={<h2 className="yimin-card-title">{t('case.fees')}</h2>}>
            <CaseFees fees={d.fees} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={<h2 className="yimin-card-title">{t('case.timeline')}</h2>}>
            <CaseTimeline events={d.events} />
          </Card>
        </Col>
      </Row>
    </Shell>
  )
}
