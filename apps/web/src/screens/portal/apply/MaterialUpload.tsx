import { CheckCircleOutlined, ExclamationCircleOutlined, PaperClipOutlined } from '@ant-design/icons'
import { MAX_UPLOAD_BYTES } from '@yimin/shared'
import { Alert, Space, Tag, Typography } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileUrl } from '../../../api/citizen'

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/**
 * One material: its name, whether it is required (in words, not only colour), its file, a file
 * picker. A file over the size limit is refused here, before it is sent (a phone need not send
 * 50 MB to be told so); the server checks again (413 ONLINE_FILE_TOO_LARGE).
 */
export function MaterialUpload(props: {
  name: string
  isRequired: boolean
  isDeferrable?: boolean
  files: Array<{ id: string; name: string; size: number }>
  note?: string
  disabled?: boolean
  isUploading?: boolean
  onFile: (file: File) => void
}) {
  const { t } = useTranslation()
  const inputId = useId()
  const has = props.files.length > 0
  const [tooLarge, setTooLarge] = useState<{ name: string; size: string } | null>(null)
  return (
    <div
      className="yimin-online-material"
      style={{ padding: '12px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
    >
      <Space wrap align="center" style={{ marginBottom: 6 }}>
        {has ? (
          <CheckCircleOutlined aria-hidden style={{ color: '#389e0d' }} />
        ) : (
          <ExclamationCircleOutlined
            aria-hidden
            style={{ color: props.isRequired ? '#d46b08' : '#8c8c8c' }}
          />
        )}
        <strong>
          <bdi>{props.name}</bdi>
        </strong>
        <Tag>
          {props.isRequired
            ? props.isDeferrable
              ? t('online.material.deferrable')
              : t('online.material.required')
            : t('online.material.optional')}
        </Tag>
        <Tag color={has ? 'green' : 'default'}>
          {has ? t('online.material.uploaded') : t('online.material.notUploaded')}
        </Tag>
      </Space>
      {props.note && (
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 6px' }}>
          {props.note}
        </Typography.Paragraph>
      )}
      {props.files.map((f) => (
        <div key={f.id}>
          <a href={fileUrl(f.id)} target="_blank" rel="noreferrer">
            <PaperClipOutlined aria-hidden /> <bdi>{f.name}</bdi>
          </a>{' '}
          <Typography.Text type="secondary">({Math.max(1, Math.round(f.size / 1024))} KB)</Typography.Text>
        </div>
      ))}
      {!props.disabled && (
        <div style={{ marginTop: 6 }}>
          <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4 }}>
            {has ? t('online.material.replace') : t('online.material.choose')}{' '}
            <Typography.Text type="secondary">{t('online.material.limits')}</Typography.Text>
          </label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            disabled={props.isUploading}
            data-material={props.name}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (!file) return
              if (file.size > MAX_UPLOAD_BYTES) {
                setTooLarge({ name: file.name, size: (file.size / 1024 / 1024).toFixed(1) })
                return
              }
              setTooLarge(null)
              props.onFile(file)
            }}
            style={{ maxWidth: '100%' }}
          />
          {tooLarge && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginTop: 6 }}
              title={t('online.material.tooLarge', tooLarge)}
              data-testid="file-too-large"
            />
          )}
        </div>
      )}
    </div>
  )
}
