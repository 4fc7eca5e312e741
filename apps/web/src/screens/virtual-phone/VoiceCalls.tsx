import { PhoneOutlined } from '@ant-design/icons'
import { Button, Card, Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePressKey, useVoiceCalls } from '../../api/virtual-phone'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'

/**
 * Voice calls to this number from the demo's voice outbox: a ringing call shows what it says and
 * its keys; a key pressed goes back like the voice provider's keypad receipt.
 */
export function VoiceCalls({ phone }: { phone: string }) {
  const { t, i18n } = useTranslation()
  const calls = useVoiceCalls(phone)
  const press = usePressKey()
  const shown = (calls.data ?? []).filter((c) => c.status === 'placed' || c.status === 'answered')
  if (shown.length === 0) return null
  return (
    <section className="vp-calls" aria-label={t('virtualPhone.calls')}>
      <ErrorAlert error={press.error} />
      {shown.map((c) => (
        <Card
          key={c.id}
          size="small"
          className="vp-call"
          title={
            <Space>
              <PhoneOutlined aria-hidden />
              {c.status === 'placed' ? t('virtualPhone.callRinging') : t('virtualPhone.callAnswered')}
            </Space>
          }
          extra={<small>{formatDateTime(c.at, i18n.language)}</small>}
        >
          <p>{c.body}</p>
          {c.status === 'placed' && c.keyPressed === null ? (
            <Space wrap>
              {c.keys.map((key) => (
                <Button
                  key={key}
                  size="large"
                  loading={press.isPending && press.variables?.callId === c.id && press.variables.key === key}
                  onClick={() => press.mutate({ callId: c.id, key })}
                  aria-label={t('virtualPhone.pressKey', { key })}
                >
                  {key}
                </Button>
              ))}
            </Space>
          ) : (
            c.keyPressed && <Tag>{t('virtualPhone.keyPressed', { key: c.keyPressed })}</Tag>
          )}
        </Card>
      ))}
    </section>
  )
}
