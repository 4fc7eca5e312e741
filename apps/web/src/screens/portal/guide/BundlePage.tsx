import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import type { BundleMaterial } from '@yimin/shared'
import { Button, Descriptions, Space, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useBundle } from '../../../api/catalog'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import './guide.css'
import { ScrollRegion } from '../../../components/ScrollRegion'
import { ApplyButton } from '../apply/ApplyButton'

/** /portal/bundles/:code — 一件事一次办: the matters, the lead department, one set of materials. */
export function BundlePage() {
  const { t } = useTranslation()
  const name = useLocalName()
  const { code = '' } = useParams()
  const query = useBundle(code)
  const b = query.data
  return (
    <Shell
      title={b ? name(b) : t('bundle.title')}
      extra={
        <Space wrap className="yimin-no-print">
          <Link to="/portal/guide">
            <ArrowLeftOutlined aria-hidden className="yimin-flip-rtl" /> {t('guide.backToSearch')}
          </Link>
          {b?.isComplete && <ApplyButton kind="bundle" code={b.code} />}
          {b && (
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('guide.print')}
            </Button>
          )}
        </Space>
      }
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        b && (
          <article className="yimin-guide">
            {b.description && (
              <Typography.Paragraph style={{ fontSize: 16 }}>{b.description}</Typography.Paragraph>
            )}
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered className="yimin-print-table">
              <Descriptions.Item label={t('bundle.lead')}>
                <bdi>{name(b.leadDepartment)}</bdi>
              </Descriptions.Item>
              <Descriptions.Item label={t('bundle.promised')}>
                {b.promisedLimitDays === null
                  ? '—'
                  : b.promisedLimitDays === 0
                    ? t('guide.instant')
                    : t('guide.workingDays', { count: b.promisedLimitDays })}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('bundle.howItWorks')}
            </Typography.Paragraph>
            <section aria-labelledby="bundle-matters" className="yimin-guide-section">
              <h2 id="bundle-matters" className="yimin-guide-h2">
                {t('bundle.matters')}
              </h2>
              <ol className="yimin-guide-list">
                {b.matters.map((m) => (
                  <li key={m.matterId}>
                    <Link to={`/portal/guide/${encodeURIComponent(m.code)}`}>
                      <bdi>{name(m)}</bdi>
                    </Link>
                    {m.department && (
                      <>
                        {' '}
                        · <bdi>{name(m.department)}</bdi>
                      </>
                    )}
                    {m.promisedLimitDays !== null &&
                      ` · ${m.promisedLimitDays === 0 ? t('guide.instant') : t('guide.workingDays', { count: m.promisedLimitDays })}`}
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="bundle-materials" className="yimin-guide-section">
              <h2 id="bundle-materials" className="yimin-guide-h2">
                {t('bundle.materials')}
              </h2>
              <Typography.Paragraph type="secondary">{t('bundle.materialsNote')}</Typography.Paragraph>
              <ScrollRegion label={t('bundle.materials')}>
                <Table<BundleMaterial & { n: number }>
                  className="yimin-print-table"
                  rowKey="n"
                  size="small"
                  pagination={false}
                  dataSource={b.materials.map((m, i) => ({ ...m, n: i + 1 }))}
                  columns={[
                    { title: t('guide.no'), key: 'n', render: (_, m) => m.n, width: 48 },
                    { title: t('guide.materialName'), key: 'name', render: (_, m) => <bdi>{name(m)}</bdi> },
                    { title: t('guide.form'), key: 'form', render: (_, m) => t(`matter.forms.${m.form}`) },
                    { title: t('guide.copies'), key: 'copies', render: (_, m) => m.copies },
                    {
                      title: t('guide.required'),
                      key: 'req',
                      render: (_, m) => (m.isRequired ? t('guide.isRequired') : t('guide.isOptional')),
                    },
                    {
                      title: t('guide.deferrable'),
                      key: 'def',
                      render: (_, m) => (m.isDeferrable ? t('bundle.deferrable') : t('guide.notDeferrable')),
                    },
                    {
                      title: t('bundle.usedBy'),
                      key: 'by',
                      render: (_, m) =>
                        m.matterCodes
                          .map((c) => {
                            const matter = b.matters.find((x) => x.code === c)
                            return matter ? name(matter) : c
                          })
                          .join(t('common.listSeparator')),
                    },
                  ]}
                />
              </ScrollRegion>
            </section>
          </article>
        )
      )}
    </Shell>
  )
}
