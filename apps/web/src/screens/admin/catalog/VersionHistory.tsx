import { EyeOutlined } from '@ant-design/icons'
import type { AdminMatterResponse, MatterGuide, MatterVersion } from '@yimin/shared'
import { Button, Card, Drawer, List, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatterVersion } from '../../../api/catalog'
import { useDepartments, useHalls, useQueueCategories } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { useActorName } from '../../../components/useActorName'
import { Loading } from '../../../components/Loading'
import { GuideView } from '../../portal/guide/GuideView'

/** Every version of the matter, newest first; any one opens as the guide it reads (or read). */
export function VersionHistory({ matter }: { matter: AdminMatterResponse }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState<string | null>(null)
  const actor = useActorName()
  return (
    <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('catalogAdmin.history')}</h2>} size="small">
      <List
        size="small"
        dataSource={matter.history}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button
                key="view"
                size="small"
                icon={<EyeOutlined aria-hidden />}
                onClick={() => setOpen(v.id)}
                aria-label={t('catalogAdmin.viewVersion', { n: v.version })}
              >
                {t('common.view')}
              </Button>,
            ]}
          >
            <div>
              <strong>{t('guide.versionN', { n: v.version })}</strong>{' '}
              <Tag>{t(`catalogAdmin.status.${v.status}`)}</Tag>
              <div style={{ fontSize: 13 }}>
                {v.publishedAt
                  ? t('catalogAdmin.publishedAt', { time: formatDateTime(v.publishedAt, i18n.language) })
                  : t('catalogAdmin.updatedAt', { time: formatDateTime(v.updatedAt, i18n.language) })}
              </div>
              <div style={{ fontSize: 13 }}>
                <bdi>{actor(v.publishedBy ?? v.updatedBy)}</bdi>
              </div>
            </div>
          </List.Item>
        )}
      />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        size="large"
        title={t('catalogAdmin.versionPreview')}
        destroyOnHidden
      >
        {open && <VersionPreview versionId={open} />}
      </Drawer>
    </Card>
  )
}

function VersionPreview({ versionId }: { versionId: string }) {
  const version = useMatterVersion(versionId)
  const departments = useDepartments()
  const halls = useHalls()
  const categories = useQueueCategories()
  if (version.isPending) return <Loading />
  if (version.isError) return <ErrorAlert error={version.error} />
  return (
    <GuideView
      guide={asGuide(version.data, departments.data ?? [], halls.data ?? [], categories.data ?? [])}
    />
  )
}

/** A version shown as a guide: names resolved from the organisation as it is now. */
function asGuide(
  v: MatterVersion,
  departments: NonNullable<ReturnType<typeof useDepartments>['data']>,
  halls: NonNullable<ReturnType<typeof useHalls>['data']>,
  categories: NonNullable<ReturnType<typeof useQueueCategories>['data']>,
): MatterGuide {
  const doc = v.document
  const area = halls.flatMap((h) => h.areas).find((a) => a.id === doc.hallAreaId)
  const category = categories.find((c) => c.id === doc.queueCategoryId)
  const ids = new Set([doc.departmentId, ...doc.parallelDepartments.map((p) => p.departmentId)])
  return {
    matterId: v.matterId,
    versionId: v.id,
    version: v.version,
    publishedAt: v.publishedAt ?? v.updatedAt,
    document: doc,
    departments: Object.fromEntries(
      departments.filter((d) => ids.has(d.id)).map((d) => [d.id, { id: d.id, code: d.code, name: d.name }]),
    ),
    extensionCapDays:
      doc.extensionMaxDays ?? defaultExtensionCap(doc.legalLimitDays, doc.parallelDepartments.length > 0),
    isInstant: doc.promisedLimitDays === 0,
    hallArea: area ? { id: area.id, code: area.code, name: area.name } : null,
    queueCategory: category
      ? { id: category.id, code: category.code, prefix: category.prefix, name: category.name }
      : null,
  }
}

/** The catalog's default extension cap (行政许可法: 20 → +10; joint 45 → +15; else half). */
function defaultExtensionCap(legal: number, isJoint: boolean): number {
  if (legal === 20) return 10
  if (isJoint && legal === 45) return 15
  return Math.floor(legal / 2)
}
