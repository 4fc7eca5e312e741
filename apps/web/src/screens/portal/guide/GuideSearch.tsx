import { RightOutlined } from '@ant-design/icons'
import type { MatterLevel, MatterType } from '@yimin/shared'
import { Card, Empty, List, Pagination, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useMatterSearch } from '../../../api/catalog'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useLocalName } from '../../../components/names'
import { BundleList } from './BundleList'
import { LimitTag, visitsText } from './GuideView'
import { SearchFilters, type Filters } from './SearchFilters'

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}

/** The service guide search (public): name, keyword, full pinyin or initials (hz → 护照). */
export function GuideSearch() {
  const { t } = useTranslation()
  const name = useLocalName()
  const [params, setParams] = useSearchParams()
  const filters: Filters = {
    q: params.get('q') ?? '',
    departmentId: params.get('departmentId') ?? undefined,
    level: params.get('level') ?? undefined,
    type: params.get('type') ?? undefined,
  }
  const page = Number(params.get('page') ?? '1') || 1
  const q = useDebounced(filters.q)
  const search = useMatterSearch({
    q: q.trim() || undefined,
    departmentId: filters.departmentId,
    level: filters.level as MatterLevel | undefined,
    type: filters.type as MatterType | undefined,
    page,
  })
  const update = (f: Filters, p = 1) => {
    const next = new URLSearchParams()
    for (const [k, v] of Object.entries({ ...f, page: p > 1 ? String(p) : undefined })) if (v) next.set(k, v)
    setParams(next, { replace: true })
  }
  const data = search.data
  return (
    <Shell
      title={t('guide.title')}
      extra={
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 16 }}>
          <Link to="/portal/hall">{t('hallGuide.link')}</Link>
          <Link to="/portal">{t('portal.backToPortal')}</Link>
        </span>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <SearchFilters value={filters} onChange={(f) => update(f)} />
      </Card>
      <ErrorAlert error={search.error} />
      <section aria-labelledby="guide-results">
        <h2 id="guide-results" style={{ fontSize: 18 }}>
          {t('guide.results')}{' '}
          <span role="status" aria-live="polite" style={{ fontWeight: 400, fontSize: 15 }}>
            {data ? t('guide.resultCount', { count: data.total }) : t('common.loading')}
          </span>
        </h2>
        <List
          loading={search.isPending}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('guide.noResults')} /> }}
          renderItem={(m) => (
            <List.Item>
              <Card size="small" style={{ width: '100%' }}>
                <Link
                  to={`/portal/guide/${encodeURIComponent(m.code)}`}
                  style={{ fontSize: 18, fontWeight: 600 }}
                >
                  <bdi>{name(m)}</bdi> <RightOutlined aria-hidden className="yimin-flip-rtl" />
                </Link>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
                  <bdi>{name(m.department)}</bdi> · {t(`levels.${m.level}`)} · {t(`matter.types.${m.type}`)}
                </Typography.Paragraph>
                <Space wrap size={4}>
                  <LimitTag promised={m.promisedLimitDays} legal={m.legalLimitDays} />
                  <Tag>{t(`matter.online.${m.onlineLevel}`)}</Tag>
                  <Tag>{visitsText(m.visits, t)}</Tag>
                </Space>
              </Card>
            </List.Item>
          )}
        />
        {data && data.total > data.pageSize && (
          <Pagination
            current={data.page}
            pageSize={data.pageSize}
            total={data.total}
            showSizeChanger={false}
            onChange={(p) => update(filters, p)}
            style={{ marginTop: 12 }}
          />
        )}
      </section>
      <BundleList />
    </Shell>
  )
}
