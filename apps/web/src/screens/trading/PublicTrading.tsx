import {
  announcementKinds,
  tradingCategories,
  tradingMethods,
  type AnnouncementKind,
  type TradingCategory,
  type TradingMethod,
} from '@yimin/shared'
import { Card, Empty, Input, List, Pagination, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useOpenings, usePublicAnnouncements } from '../../api/trading'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CategoryTag, KindTag, MethodTag, formatInstant } from './TradingLabels'

function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}

/** The public trading site (公共资源交易): announcements by category, method, kind, with search; today's openings. */
export function PublicTrading() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const category = (params.get('category') ?? undefined) as TradingCategory | undefined
  const method = (params.get('method') ?? undefined) as TradingMethod | undefined
  const kind = (params.get('kind') ?? undefined) as AnnouncementKind | undefined
  const [q, setQ] = useState(params.get('q') ?? '')
  const page = Number(params.get('page') ?? '1') || 1
  const debounced = useDebounced(q.trim())
  const list = usePublicAnnouncements({
    category,
    method,
    kind,
    q: debounced || undefined,
    offset: (page - 1) * 20,
  })
  const openings = useOpenings('today')
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    next.delete('page')
    setParams(next, { replace: true })
  }
  return (
    <Shell title={t('trading.public.title')} extra={<Link to="/portal">{t('portal.backToPortal')}</Link>}>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            aria-label={t('trading.public.search')}
            placeholder={t('trading.public.searchHint')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 280 }}
            allowClear
          />
          <Select
            aria-label={t('trading.fields.category')}
            placeholder={t('trading.fields.category')}
            allowClear
            value={category}
            onChange={(v?: string) => set('category', v)}
            style={{ width: 160 }}
            options={tradingCategories.map((c) => ({ value: c, label: t(`trading.categories.${c}`) }))}
          />
          <Select
            aria-label={t('trading.fields.method')}
            placeholder={t('trading.fields.method')}
            allowClear
            value={method}
            onChange={(v?: string) => set('method', v)}
            style={{ width: 160 }}
            options={tradingMethods.map((m) => ({ value: m, label: t(`trading.methods.${m}`) }))}
          />
          <Select
            aria-label={t('trading.fields.kind')}
            placeholder={t('trading.fields.kind')}
            allowClear
            value={kind}
            onChange={(v?: string) => set('kind', v)}
            style={{ width: 180 }}
            options={announcementKinds.map((k) => ({ value: k, label: t(`trading.kinds.${k}`) }))}
          />
          {category && <a href={`/api/v1/trading/public/feed/${category}`}>{t('trading.public.feed')}</a>}
        </Space>
      </Card>
      <ErrorAlert error={list.error} />
      <section aria-labelledby="trading-openings" style={{ marginBottom: 16 }}>
        <h2 id="trading-openings" style={{ fontSize: 18 }}>
          {t('trading.public.openingsToday')}
        </h2>
        <List
          size="small"
          loading={openings.isPending}
          dataSource={openings.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('trading.public.noOpenings')} /> }}
          renderItem={(o) => (
            <List.Item>
              <bdi>{formatInstant(o.openingAt, i18n.language)}</bdi> · <bdi lang="zh-CN">{o.projectName}</bdi>{' '}
              · <bdi lang="zh-CN">{o.lotName}</bdi> ·{' '}
              {o.roomName ? <bdi lang="zh-CN">{o.roomName}</bdi> : t('trading.public.noRoom')}
            </List.Item>
          )}
        />
      </section>
      <section aria-labelledby="trading-results">
        <h2 id="trading-results" style={{ fontSize: 18 }}>
          {t('trading.public.announcements')}{' '}
          <span role="status" aria-live="polite" style={{ fontWeight: 400, fontSize: 15 }}>
            {list.data
              ? list.data.isTotalCapped
                ? t('trading.public.countMore', { count: list.data.total })
                : t('trading.public.count', { count: list.data.total })
              : t('common.loading')}
          </span>
        </h2>
        <List
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('trading.public.none')} /> }}
          renderItem={(a) => (
            <List.Item>
              <Card size="small" style={{ width: '100%' }}>
                <Link
                  to={`/portal/trading/announcements/${encodeURIComponent(a.id)}`}
                  style={{ fontSize: 17, fontWeight: 600 }}
                >
                  <bdi lang={a.language}>{a.title}</bdi>
                </Link>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                  <bdi>{a.projectCode}</bdi> · <bdi>{formatInstant(a.publishedAt, i18n.language)}</bdi>
                </Typography.Paragraph>
                <Space wrap size={4}>
                  <KindTag kind={a.kind} />
                  <CategoryTag category={a.category} />
                  <MethodTag method={a.method} />
                </Space>
              </Card>
            </List.Item>
          )}
        />
        {list.data && list.data.total > 20 && (
          <Pagination
            current={page}
            pageSize={20}
            total={list.data.total}
            showSizeChanger={false}
            onChange={(p) => {
              const next = new URLSearchParams(params)
              next.set('page', String(p))
              setParams(next, { replace: true })
            }}
            style={{ marginTop: 12 }}
          />
        )}
      </section>
    </Shell>
  )
}
