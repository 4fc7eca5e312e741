import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

/** The i18n key of an error's message: the server's stable code, else a generic message. */
export function errorKey(error: unknown): string {
  return error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL'
}

export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation()
  if (!error) return null
  return <Alert type="error" showIcon role="alert" title={t(errorKey(error))} style={style} />
}
