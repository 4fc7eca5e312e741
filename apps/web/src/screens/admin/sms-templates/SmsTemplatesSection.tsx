import { CheckCircleOutlined, EditOutlined, LockOutlined, MessageOutlined } from '@ant-design/icons'
import type { SmsTemplateViewDto } from '@yimin/shared'
import { Button, Card, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSmsTemplates } from '../../../api/sms-templates'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { TemplateEditor } from './TemplateEditor'

/** Admin: every SMS the center sends, its variables, whether it is essential, and its texts. */
export function SmsTemplatesSection() {
  const { t } = useTranslation()
  const templates = useSmsTemplates()
  const [editing, setEditing] = useState<SmsTemplateViewDto | null>(null)
  return (
    <Card
      title={
        <h2 style={{ fontSize: 18, margin: 0 }}>
          <MessageOutlined aria-hidden /> {t('smsTemplates.title')}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('smsTemplates.intro')}</Typography.Paragraph>
      <ErrorAlert error={templates.error} />
      <Table<SmsTemplateViewDto>
        rowKey="key"
        loading={templates.isLoading}
        dataSource={templates.data ?? []}
        pagination={false}
        size="small"
        columns={[
          {
            title: t('smsTemplates.event'),
            key: 'event',
            render: (_, r) => (
              <span>
                {t(`smsTemplates.events.${r.key}`, { defaultValue: r.key })}
                <br />
                <Typography.Text type="secondary" code>
                  {r.key}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('smsTemplates.kind'),
            key: 'kind',
            render: (_, r) =>
              r.isEssential ? (
                <Tag icon={<LockOutlined aria-hidden />}>{t('smsTemplates.essential')}</Tag>
              ) : (
                <Tag>{t('smsTemplates.optional')}</Tag>
              ),
          },
          { title: t('smsTemplates.textZh'), dataIndex: 'zh', key: 'zh' },
          {
            title: t('smsTemplates.state'),
            key: 'state',
            render: (_, r) =>
              r.isCustomised ? (
                <Tag icon={<EditOutlined aria-hidden />}>{t('smsTemplates.customised')}</Tag>
              ) : (
                <Tag icon={<CheckCircleOutlined aria-hidden />}>{t('smsTemplates.default')}</Tag>
              ),
          },
          {
            title: t('smsTemplates.actions'),
            key: 'actions',
            render: (_, r) => (
              <Space>
                <Button
                  onClick={() => setEditing(r)}
                  aria-label={t('smsTemplates.editNamed', { key: r.key })}
                >
                  {t('smsTemplates.edit')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && <TemplateEditor template={editing} onClose={() => setEditing(null)} />}
    </Card>
  )
}
