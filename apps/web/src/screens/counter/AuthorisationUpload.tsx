import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Space, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { uploadFile } from '../../api/client'

/** The stored authorisation document (委托书): its content address goes with the application. */
export interface StoredAuthorisation {
  fileKey: string
  name: string
  mime: string
  size: number
}

/**
 * 委托书: the clerk scans or picks the signed authorisation; it is stored at once (the server
 * checks the type by content) and the form keeps its key. A form control (value / onChange).
 */
export function AuthorisationUpload({
  value,
  onChange,
  id,
}: {
  value?: StoredAuthorisation | null
  onChange?: (v: StoredAuthorisation | null) => void
  id?: string
}) {
  const { t } = useTranslation()
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const pick = async (file: File) => {
    setIsBusy(true)
    setError(null)
    try {
      onChange?.(await uploadFile<StoredAuthorisation>('/api/v1/cases/authorisation-files', file))
    } catch (e) {
      setError(e)
    } finally {
      setIsBusy(false)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          void pick(file)
          return false
        }}
      >
        <Button id={id} icon={<UploadOutlined aria-hidden />} loading={isBusy}>
          {value ? t('intake.authorisationReplace') : t('intake.authorisationUpload')}
        </Button>
      </Upload>
      {value ? (
        <Typography.Text>
          <PaperClipOutlined aria-hidden /> <bdi>{value.name}</bdi> · {t('intake.authorisationStored')}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('intake.authorisationHelp')}</Typography.Text>
      )}
      <ErrorAlert error={error} />
    </Space>
  )
}
