import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons'
import { Button, Empty, Input, Space } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useConversation, useSendReply } from '../../api/virtual-phone'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { Loading } from '../../components/Loading'
import { VoiceCalls } from './VoiceCalls'

/** One number's SMS thread: outgoing (from the center) and incoming (the citizen's replies). */
export function Conversation({
  phone,
  phoneMasked,
  onBack,
}: {
  phone: string
  phoneMasked: string
  onBack?: () => void
}) {
  const { t, i18n } = useTranslation()
  const messages = useConversation(phone)
  const reply = useSendReply(phone)
  const [draft, setDraft] = useState('')
  const end = useRef<HTMLDivElement>(null)
  // braces: newer Chromium returns a Promise from scrollIntoView, which React would take for a cleanup
  useEffect(() => {
    void end.current?.scrollIntoView({ block: 'end' })
  }, [messages.data?.length])

  const send = () => {
    const body = draft.trim()
    if (!body) return
    reply.mutate(body, { onSuccess: () => setDraft('') })
  }

  return (
    <section className="vp-conversation" aria-labelledby="vp-thread-title">
      <header className="vp-thread-header">
        {onBack && (
          <Button
            icon={<ArrowLeftOutlined className="yimin-flip-rtl" aria-hidden />}
            onClick={onBack}
            aria-label={t('virtualPhone.back')}
          />
        )}
        <h2 id="vp-thread-title" dir="ltr">
          {phoneMasked}
        </h2>
      </header>
      <VoiceCalls phone={phone} />
      <div className="vp-messages" role="log" aria-live="polite" aria-label={t('virtualPhone.conversation')}>
        {messages.isPending && <Loading />}
        <ErrorAlert error={messages.error} />
        {messages.data?.length === 0 && <Empty description={t('virtualPhone.noMessages')} />}
        {messages.data?.map((m) => (
          <div key={m.id} className={`vp-bubble vp-bubble-${m.direction}`}>
            <p>{m.body}</p>
            <small>
              {m.direction === 'out' ? t('virtualPhone.fromCenter') : t('virtualPhone.fromCitizen')} ·{' '}
              {formatDateTime(m.at, i18n.language)}
            </small>
          </div>
        ))}
        <div ref={end} />
      </div>
      <ErrorAlert error={reply.error} />
      <Space.Compact style={{ width: '100%' }}>
        <Input.TextArea
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label={t('virtualPhone.replyLabel')}
          placeholder={t('virtualPhone.replyPlaceholder')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          onPressEnter={(e) => {
            if (!e.shiftKey) {
              e.preventDefault()
              send()
            }
          }}
        />
        <Button
          type="primary"
          icon={<SendOutlined className="yimin-flip-rtl" aria-hidden />}
          loading={reply.isPending}
          onClick={send}
          disabled={!draft.trim()}
        >
          {t('virtualPhone.send')}
        </Button>
      </Space.Compact>
    </section>
  )
}
