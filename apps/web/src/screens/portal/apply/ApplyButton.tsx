import { CloudUploadOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** Where "apply" goes: the start page makes the draft (after the phone sign-in, when needed). */
export const applyHref = (kind: 'matter' | 'bundle', code: string) =>
  `/portal/apply?${kind}=${encodeURIComponent(code)}`

/** The primary "apply online" button of a guide or a bundle page. */
export function ApplyButton({ kind, code }: { kind: 'matter' | 'bundle'; code: string }) {
  const { t } = useTranslation()
  return (
    <Link to={applyHref(kind, code)} className="yimin-no-print">
      <Button type="primary" size="large" icon={<CloudUploadOutlined aria-hidden />}>
        {t('online.apply.start')}
      </Button>
    </Link>
  )
}
