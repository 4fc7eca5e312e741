import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useChainSeal } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'

/** The latest seal of the case histories, for the operator to copy off the machine. */
export function ChainSeal() {
  const { t, i18n } = useTranslation()
  const seal = useChainSeal()
  const s = seal.data?.seal
  return (
    <section aria-label={t('supervision.seal.title')}>
      <ErrorAlert error={seal.error} />
      <Typography.Paragraph type="secondary">{t('supervision.seal.hint')}</Typography.Paragraph>
      {s ? (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('supervision.seal.at')}>
            {formatDateTime(s.at, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.seal.chains')}>{s.chains}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.seal.value')}>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {s.seal}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        !seal.isPending && <Typography.Paragraph>{t('supervision.seal.none')}</Typography.Paragraph>
      )}
    </section>
  )
}
