import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons'
import { Card, Descriptions, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useAwardVerification } from '../../api/evaluation'
import { Shell } from '../../app/Shell'
import { PageLoading } from '../../components/PageLoading'
import { formatInstant } from '../trading/TradingLabels'
import { yuan } from './ReportTable'

/** Public: where an award notice's QR code leads; it says whether the notice is genuine. */
export function AwardVerify() {
  const { t, i18n } = useTranslation()
  const { token = '' } = useParams()
  const v = useAwardVerification(token)
  return (
    <Shell
      title={t('evaluation.verify.title')}
      extra={<Link to="/portal/trading">{t('trading.public.back')}</Link>}
    >
      {v.isLoading && <PageLoading />}
      {v.error && (
        <Result
          status="error"
          icon={<CloseCircleOutlined aria-hidden />}
          title={<span data-testid="award-invalid">{t('evaluation.verify.invalid')}</span>}
          subTitle={t('evaluation.verify.invalidHint')}
        />
      )}
      {v.data && (
        <Card>
          <Result
            status="success"
            icon={<CheckCircleOutlined aria-hidden />}
            title={<span data-testid="award-valid">{t('evaluation.verify.valid')}</span>}
          />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('evaluation.verify.project')}>
              <bdi>{v.data.projectCode}</bdi> · <bdi lang="zh-CN">{v.data.projectName}</bdi>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.verify.lot')}>
              <bdi lang="zh-CN">{v.data.lotName}</bdi>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.verify.winner')}>
              <bdi lang="zh-CN" data-testid="award-winner">
                {v.data.winner}
              </bdi>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.verify.price')}>
              <bdi dir="ltr">{yuan(v.data.priceFen)}</bdi>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.verify.awardedAt')}>
              <bdi>{formatInstant(v.data.awardedAt, i18n.language)}</bdi>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Shell>
  )
}
