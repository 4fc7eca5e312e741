import {
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons'
import { MAX_UPLOAD_BYTES } from '@yimin/shared'
import { Alert, Button, Tag, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileUrl } from '../../../api/citizen'
import './material-list.css'

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/**
 * One row of the materials list: its status (an icon and a word, not only colour), its name,
 * whether it is required, its files, and one "choose file" button (the file input itself stays
 * hidden). A file over the size limit is refused here, before it is sent (a phone need not send
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
  /** the button's id, so an error summary can link to it */
  anchorId?: string
  onFile: (file: File) => void
}) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const has = props.files.length > 0
  const [tooLarge, setTooLarge] = useState<{ name: string; size: string } | null>(null)
  const status = has ? 'uploaded' : props.isRequired && !props.isDeferrable ? 'missing' : 'optional'
  return (
    <div className="yimin-material-row" data-status={status}>
      <span className="yimin-material-status" aria-hidden>
        {status === 'uploaded' ? (
          <CheckCircleOutlined style={{ color: '#237804' }} />
        ) : status === 'missing' ? (
          <ExclamationCircleOutlined style={{ color: '#ad4e00' }} />
        ) : (
          <MinusCircleOutlined style={{ color: '#595959' }} />
        )}
      </span>
      <div className="yimin-material-body">
        <strong>
          <bdi>{props.name}</bdi>
        </strong>
        <div className="yimin-material-tags">
          {/* the state in words; orange tags fail AA contrast, the row's mark shows what is missing */}
          <Tag color={has ? 'green' : 'default'}>
            {has ? t('online.material.uploaded') : t('online.material.notUploaded')}
          </Tag>
          <Tag>
            {props.isRequired
              ? props.isDeferrable
                ? t('online.material.deferrable')
                : t('online.material.required')
              : t('online.material.optional')}
          </Tag>
        </div>
        {props.note && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {props.note}
          </Typography.Text>
        )}
        {props.files.map((f) => (
          <div key={f.id}>
            <a href={fileUrl(f.id)} target="_blank" rel="noreferrer">
              <PaperClipOutlined aria-hidden /> <bdi>{f.name}</bdi>
            </a>{' '}
            <Typography.Text type="secondary">({Math.max(1, Math.round(f.size / 1024))} KB)</Typography.Text>
          </div>
        ))}
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
      {!props.disabled && (
        <div className="yimin-material-action">
          <input
            ref={input}
            type="file"
            className="yimin-sr-only"
            tabIndex={-1}
            accept={ACCEPT}
            aria-label={`${props.name} ${t('online.material.limits')}`}
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
          />
          <Button
            id={props.anchorId}
            icon={<UploadOutlined aria-hidden />}
            loading={props.isUploading}
            // the visible text first (WCAG 2.5.3 label in name), then which material
            aria-label={`${has ? t('online.material.replaceShort') : t('online.material.upload')}: ${props.name}`}
            onClick={() => input.current?.click()}
          >
            {has ? t('online.material.replaceShort') : t('online.material.upload')}
          </Button>
        </div>
      )}
    </div>
  )
}
