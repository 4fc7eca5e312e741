import { CheckCircleOutlined, EditOutlined, MinusCircleOutlined } from '@ant-design/icons'
import { Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'

/** Published version and draft state, in words with icons (never colour alone). */
export function MatterStatus({
  publishedVersion,
  hasDraft,
}: {
  publishedVersion: number | null
  hasDraft: boolean
}) {
  const { t } = useTranslation()
  return (
    <Space size={4} wrap>
      {publishedVersion !== null ? (
        <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
          {t('catalogAdmin.publishedV', { n: publishedVersion })}
        </Tag>
      ) : (
        <Tag icon={<MinusCircleOutlined aria-hidden />}>{t('catalogAdmin.unpublished')}</Tag>
      )}
      {hasDraft && (
        <Tag color="warning" icon={<EditOutlined aria-hidden />}>
          {t('catalogAdmin.hasDraft')}
        </Tag>
      )}
    </Space>
  )
}
