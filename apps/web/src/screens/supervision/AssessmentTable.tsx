import { CheckCircleOutlined, CloseCircleOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons'
import type { Assessment, Grade } from '@yimin/shared'
import { Radio, Table, Tag } from 'antd'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAssessment, type Period } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDepartmentName } from '../cases/useDepartmentName'
import { ExportLink } from './ExportLink'
import { percent } from './period'

type Of = 'department' | 'window' | 'staff'
type Row = Assessment['rows'][number]
const gradeLook: Record<Grade, { color: string; icon: ReactNode }> = {
  excellent: { color: 'success', icon: <TrophyOutlined aria-hidden /> },
  good: { color: 'processing', icon: <StarOutlined aria-hidden /> },
  pass: { color: 'default', icon: <CheckCircleOutlined aria-hidden /> },
  fail: { color: 'error', icon: <CloseCircleOutlined aria-hidden /> },
}

/** A grade (优秀 / 良好 / 合格 / 不合格) as icon + word. */
export function GradeTag({ grade }: { grade: Grade | null }) {
  const { t } = useTranslation()
  if (!grade) return <>{t('supervision.assessment.noGrade')}</>
  return (
    <Tag color={gradeLook[grade].color} icon={gradeLook[grade].icon}>
      {t(`supervision.grades.${grade}`)}
    </Tag>
  )
}

/** Periodic assessment of departments, windows or staff: timeliness, satisfaction and volume into a grade. */
export function AssessmentTable({ period }: { period: Period }) {
  const { t } = useTranslation()
  const department = useDepartmentName()
  const [of, setOf] = useState<Of>('department')
  const assessment = useAssessment(period, of)
  const title = t('supervision.assessment.title')
  const w = assessment.data?.weights
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <Radio.Group
          aria-label={t('supervision.assessment.of')}
          optionType="button"
          value={of}
          onChange={(e) => setOf(e.target.value as Of)}
          options={(['department', 'window', 'staff'] as const).map((o) => ({
            value: o,
            label: t(`supervision.assessment.ofs.${o}`),
          }))}
        />
        <ExportLink
          table={`assessment-${of}`}
          period={period}
          name={`${title} · ${t(`supervision.assessment.ofs.${of}`)}`}
        />
      </div>
      {w && (
        <p>
          {t('supervision.assessment.weights', {
            timeliness: w.timeliness,
            satisfaction: w.satisfaction,
            volume: w.volume,
          })}
        </p>
      )}
      <ErrorAlert error={assessment.error} />
      <Table<Row>
        size="small"
        rowKey="id"
        loading={assessment.isPending}
        dataSource={assessment.data?.rows ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        columns={[
          {
            title: t('supervision.rankings.rank'),
            key: 'rank',
            width: 80,
            render: (_, r) => r.rank ?? t('supervision.rankings.noData'),
          },
          {
            title: t(`supervision.assessment.ofs.${of}`),
            key: 'name',
            render: (_, r) => (of === 'department' ? department(r.id) : r.name),
          },
          { title: t('supervision.assessment.volume'), dataIndex: 'volume', align: 'end' },
          {
            title: t('supervision.figures.onTimeRate'),
            key: 'rate',
            align: 'end',
            render: (_, r) => percent(r.onTimeRate),
          },
          {
            title: t('supervision.figures.satisfaction'),
            key: 'sat',
            align: 'end',
            render: (_, r) => percent(r.satisfaction),
          },
          {
            title: t('supervision.assessment.score'),
            key: 'score',
            align: 'end',
            render: (_, r) => (r.score === null ? '—' : r.score.toFixed(1)),
          },
          {
            title: t('supervision.assessment.grade'),
            key: 'grade',
            render: (_, r) => <GradeTag grade={r.grade} />,
          },
        ]}
      />
    </section>
  )
}
