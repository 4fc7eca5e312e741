import { useTranslation } from 'react-i18next'

/**
 * "Loading" while a screen's code or the signed-in identity arrives: plain HTML and CSS (no antd),
 * so the displays, which use no antd, never download it for this. Announced politely.
 */
export function PageLoading() {
  const { t } = useTranslation()
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="page-loading-spinner" aria-hidden />
      <span>{t('common.loading')}</span>
    </div>
  )
}
