import { Input, List, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatterSearch } from '../../api/catalog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLocalName } from '../../components/names'

/** Finds a published matter by name, keyword, pinyin or initials; a click picks it. */
export function MatterPicker({ onPick }: { onPick: (code: string) => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [q, setQ] = useState('')
  const search = useMatterSearch({ q: q || undefined })
  return (
    <div>
      <form role="search" aria-label={t('intake.findMatter')} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="intake-q" style={{ display: 'block', fontWeight: 600, marginBottom: 8 }}>
          {t('intake.findMatter')}
        </label>
        <Input.Search
          id="intake-q"
          size="large"
          placeholder={t('guide.searchPlaceholder')}
          enterButton={t('guide.search')}
          onSearch={(v) => setQ(v.trim())}
          allowClear
        />
      </form>
      <ErrorAlert error={search.error} style={{ marginTop: 12 }} />
      {q && (
        <List
          style={{ marginTop: 12 }}
          bordered
          loading={search.isFetching}
          dataSource={search.data?.items ?? []}
          locale={{ emptyText: t('guide.noResults') }}
          renderItem={(m) => (
            <List.Item
              actions={[
                <Typography.Text key="code" type="secondary">
                  <bdi>{m.code}</bdi>
                </Typography.Text>,
              ]}
            >
              <button type="button" className="yimin-link-button" onClick={() => onPick(m.code)}>
                {name(m)}
              </button>
              <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                {name(m.department)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
