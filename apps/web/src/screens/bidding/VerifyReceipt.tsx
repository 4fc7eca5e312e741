import { Alert, Button, Card, Descriptions, Input, Typography } from 'antd'
import { bidReceiptSchema } from '@yimin/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCenterKey, verifyReceipt } from '../../api/bidding'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Anyone can check a bid receipt against the center's published key, and see the published hash of the encrypting code. */
export function VerifyReceipt() {
  const { t } = useTranslation()
  const key = useCenterKey()
  const [text, setText] = useState('')
  const [result, setResult] = useState<'valid' | 'invalid' | null>(null)
  const check = async () => {
    try {
      const parsed = JSON.parse(text) as { receipt?: unknown; signature?: unknown }
      const receipt = bidReceiptSchema.safeParse(parsed.receipt)
      const ok =
        receipt.success &&
        typeof parsed.signature === 'string' &&
        !!key.data &&
        (await verifyReceipt(receipt.data, parsed.signature, key.data.publicKeyHex))
      setResult(ok ? 'valid' : 'invalid')
    } catch {
      setResult('invalid')
    }
  }
  return (
    <main style={{ maxWidth: 720, margin: '24px auto', padding: 16 }}>
      <Card title={t('bidding.verify.title')}>
        <ErrorAlert error={key.error} />
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('bidding.verify.publicKey')}>
            <Typography.Text code copyable dir="ltr" data-testid="center-key">
              {key.data?.publicKeyHex ?? '…'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('bidding.verify.clientCode')}>
            <Typography.Text code copyable dir="ltr" data-testid="client-code-hash">
              {key.data?.clientCodeSha256 ?? t('bidding.verify.notBuilt')}
            </Typography.Text>
            {key.data?.clientCodeFile && (
              <>
                {' '}
                <bdi dir="ltr">{key.data.clientCodeFile}</bdi>
              </>
            )}
          </Descriptions.Item>
        </Descriptions>
        <Input.TextArea
          aria-label={t('bidding.verify.paste')}
          placeholder={t('bidding.verify.paste')}
          rows={10}
          dir="ltr"
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setResult(null)
          }}
        />
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => void check()} disabled={!text}>
          {t('bidding.verify.check')}
        </Button>
        {result && (
          <Alert
            style={{ marginTop: 12 }}
            role="status"
            type={result === 'valid' ? 'success' : 'error'}
            showIcon
            message={t(`bidding.verify.${result}`)}
          />
        )}
      </Card>
    </main>
  )
}
