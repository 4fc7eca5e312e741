import { ClockCircleOutlined, ThunderboltOutlined } from '@ant-design/icons'
import type { MatterGuide } from '@yimin/shared'
import { Descriptions, Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../components/format'
import { useLocalName } from '../../../components/names'
import { FeesTable, MaterialsTable } from './GuideMaterials'
import { GuideWhere } from './GuideWhere'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`guide-${id}`} className="yimin-guide-section">
      <h2 id={`guide-${id}`} className="yimin-guide-h2">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The working-day limits: 法定 / 承诺 in working days, or 即办件 (done on the spot). */
export function LimitTag({ promised, legal }: { promised: number; legal: number }) {
  const { t } = useTranslation()
  if (promised === 0)
    return (
      <Tag icon={<ThunderboltOutlined aria-hidden />} color="success">
        {t('guide.instant')}
      </Tag>
    )
  return (
    <Tag icon={<ClockCircleOutlined aria-hidden />}>
      {t('guide.promisedShort', { days: promised })} · {t('guide.legalShort', { days: legal })}
    </Tag>
  )
}

/** 零跑腿 / 最多跑一次 / N visits. */
export function visitsText(
  visits: number,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (visits === 0) return t('guide.visitsZero')
  if (visits === 1) return t('guide.visitsOnce')
  return t('guide.visitsCount', { count: visits })
}

/** A matter's full service guide (办事指南), every element a citizen needs, printable. */
export function GuideView({ guide }: { guide: MatterGuide }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const doc = guide.document
  const department = guide.departments[doc.departmentId]
  const list = (items: readonly string[], empty: string) =>
    items.length === 0 ? (
      <Typography.Paragraph>{empty}</Typography.Paragraph>
    ) : (
      <ol className="yimin-guide-list">
        {items.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ol>
    )
  return (
    <article className="yimin-guide">
      {doc.summary && <Typography.Paragraph style={{ fontSize: 16 }}>{doc.summary}</Typography.Paragraph>}
      <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" bordered className="yimin-print-table">
        <Descriptions.Item label={t('guide.code')}>
          <code>{doc.code}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('guide.type')}>{t(`matter.types.${doc.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('guide.level')}>{t(`levels.${doc.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('guide.department')}>
          <bdi>{department ? name(department) : '—'}</bdi>
        </Descriptions.Item>
        <Descriptions.Item label={t('guide.onlineLevel')}>
          {t(`matter.online.${doc.onlineLevel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('guide.visits')}>{visitsText(doc.visits, t)}</Descriptions.Item>
        <Descriptions.Item label={t('guide.delivery')}>
          {doc.delivery.map((d) => t(`matter.delivery.${d}`)).join(t('common.listSeparator'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('guide.version')}>
          {t('guide.versionN', { n: guide.version })} · {formatDateTime(guide.publishedAt, i18n.language)}
        </Descriptions.Item>
      </Descriptions>

      <Section id="limits" title={t('guide.limits')}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered className="yimin-print-table">
          <Descriptions.Item label={t('guide.legalLimit')}>
            {doc.legalLimitDays === 0
              ? t('guide.instant')
              : t('guide.workingDays', { count: doc.legalLimitDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('guide.promisedLimit')}>
            {guide.isInstant ? (
              <strong>
                <ThunderboltOutlined aria-hidden /> {t('guide.instantLong')}
              </strong>
            ) : (
              t('guide.workingDays', { count: doc.promisedLimitDays })
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('guide.intakeLimit')}>
            {t('guide.workingDays', { count: doc.intakeLimitDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('guide.extensionCap')}>
            {guide.extensionCapDays > 0
              ? t('guide.workingDays', { count: guide.extensionCapDays })
              : t('guide.noExtension')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('guide.limitsNote')}
        </Typography.Paragraph>
      </Section>

      <Section id="conditions" title={t('guide.conditions')}>
        {list(doc.conditions, t('guide.noConditions'))}
      </Section>

      <Section id="materials" title={t('guide.materials')}>
        <MaterialsTable materials={doc.materials} />
      </Section>

      <Section id="fees" title={t('guide.fees')}>
        <FeesTable fees={doc.fees} />
      </Section>

      <Section id="steps" title={t('guide.steps')}>
        {doc.steps.length === 0 ? (
          <Typography.Paragraph>—</Typography.Paragraph>
        ) : (
          <ol className="yimin-guide-steps">
            {doc.steps.map((s, i) => (
              <li key={i}>
                <strong>{s.name}</strong> —{' '}
                {s.limitDays === 0 ? t('guide.onTheSpot') : t('guide.workingDays', { count: s.limitDays })}
              </li>
            ))}
          </ol>
        )}
      </Section>

      {doc.parallelDepartments.length > 0 && (
        <Section id="parallel" title={t('guide.parallel')}>
          <Table
            className="yimin-print-table"
            rowKey="departmentId"
            size="small"
            pagination={false}
            dataSource={doc.parallelDepartments}
            columns={[
              {
                title: t('guide.department'),
                key: 'd',
                render: (_, p) => <bdi>{name(guide.departments[p.departmentId]) || p.departmentId}</bdi>,
              },
              {
                title: t('guide.limit'),
                key: 'l',
                render: (_, p) => t('guide.workingDays', { count: p.limitDays }),
              },
              { title: t('guide.onRefusal'), key: 'r', render: (_, p) => t(`matter.refusal.${p.onRefusal}`) },
            ]}
          />
        </Section>
      )}

      {doc.specialProcedures.length > 0 && (
        <Section id="special" title={t('guide.special')}>
          <Typography.Paragraph type="secondary">{t('guide.specialNote')}</Typography.Paragraph>
          <ul className="yimin-guide-list">
            {doc.specialProcedures.map((p, i) => (
              <li key={i}>
                {t(`matter.procedures.${p.kind}`)} — {t('guide.atMostDays', { count: p.maxDays })}
                {p.note && ` (${p.note})`}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="where" title={t('guide.where')}>
        <GuideWhere guide={guide} />
      </Section>

      <Section id="basis" title={t('guide.legalBasis')}>
        {list(doc.legalBasis, '—')}
      </Section>
    </article>
  )
}
