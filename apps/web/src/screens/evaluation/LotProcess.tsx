import { evaluationMethodsFor } from '@yimin/shared'
import { Col, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useTradingProjects } from '../../api/trading'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CommitteeCard } from './CommitteeCard'
import { EvaluationCard } from './EvaluationCard'
import { ResultCard } from './ResultCard'

/**
 * After the opening, one lot: its committee, evaluation and result. What each card offers
 * follows the role (center staff, the supervising department, the agency or tenderee); the
 * server decides what each may read.
 */
export function LotProcess({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const { lotId = '' } = useParams()
  const projects = useTradingProjects()
  const project = projects.data?.find((p) => p.lots.some((l) => l.id === lotId))
  const lot = project?.lots.find((l) => l.id === lotId)
  const roles = me.grants.map((g) => g.role)
  const isStaff = me.permissions.includes('trading.register')
  const isSupervisor = me.permissions.includes('trading.supervise')
  const isAgency = roles.includes('trading_agency') || roles.includes('trading_tenderee')
  const maySeeNames = isSupervisor || (isStaff && lot?.stage === 'awarded')
  return (
    <Shell me={me} title={t('evaluation.lot.title')}>
      <ErrorAlert error={projects.error} />
      {project && lot && (
        <Typography.Paragraph data-testid="lot-heading">
          <bdi>{project.code}</bdi> · <bdi lang="zh-CN">{project.name}</bdi> ·{' '}
          <bdi lang="zh-CN">{lot.name}</bdi> ·{' '}
          <Link to={`/trading/openings/${encodeURIComponent(lotId)}`}>{t('evaluation.lot.opening')}</Link>
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <CommitteeCard lotId={lotId} isStaff={isStaff} maySeeNames={maySeeNames} />
        </Col>
        {(isStaff || isSupervisor) && project && (
          <Col span={24}>
            <EvaluationCard
              lotId={lotId}
              isStaff={isStaff}
              methods={evaluationMethodsFor(project.category, project.method).methods}
            />
          </Col>
        )}
        <Col span={24}>
          <ResultCard lotId={lotId} isStaff={isStaff} isAgency={isAgency} />
        </Col>
      </Row>
    </Shell>
  )
}
