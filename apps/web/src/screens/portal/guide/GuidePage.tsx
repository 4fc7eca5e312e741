import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { onlineApplicableLevels } from '@yimin/shared'
import { Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useMatterGuide } from '../../../api/catalog'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { ApplyButton } from '../apply/ApplyButton'
import { GuideView } from './GuideView'
import './guide.css'

/** /portal/guide/:code — a published matter's service guide, with a print button (A4). */
export function GuidePage() {
  const { t } = useTranslation()
  const name = useLocalName()
  const { code = '' } = useParams()
  const guide = useMatterGuide(code)
  const title = guide.data ? name(guide.data.document) : t('guide.title')
  const isOnline =
    guide.data !== undefined &&
    (onlineApplicableLevels as readonly string[]).includes(guide.data.document.onlineLevel)
  return (
    <Shell
      title={title}
      extra={
        <Space wrap className="yimin-no-print">
          <Link to="/portal/guide">
            <ArrowLeftOutlined aria-hidden className="yimin-flip-rtl" /> {t('guide.backToSearch')}
          </Link>
          {isOnline && <ApplyButton kind="matter" code={code} />}
          {guide.data && (
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('guide.print')}
            </Button>
          )}
        </Space>
      }
    >
      <p className="yimin-print-only">
        {t('app.centerName')} · {t('guide.title')}
      </p>
      {guide.isPending ? (
        <Loading />
      ) : guide.isError ? (
        <ErrorAlert error={guide.error} />
      ) : (
        <GuideView guide={guide.data} />
      )}
    </Shell>
  )
}
