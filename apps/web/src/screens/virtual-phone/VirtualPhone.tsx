import { MessageOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Empty, Grid } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEventStream } from '../../api/events'
import { useVirtualNumbers, virtualPhoneKey } from '../../api/virtual-phone'
import { Shell } from '../../app/Shell'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { Conversation } from './Conversation'
import { NumberList } from './NumberList'
import './virtual-phone.css'

/**
 * The embedded SMS provider's phone, for demos and testers: every message the center sends
 * lands here, and replies go back in as if a citizen had typed them.
 */
export function VirtualPhone() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const numbers = useVirtualNumbers()
  const [selected, setSelected] = useState<string | null>(null)
  const screens = Grid.useBreakpoint()
  const isNarrow = !screens.md
  const status = useEventStream(['virtual-phone'], {
    'sms.message': () => void client.invalidateQueries({ queryKey: virtualPhoneKey }),
    'voice.call': () => void client.invalidateQueries({ queryKey: virtualPhoneKey }),
  })

  const entry = numbers.data?.find((n) => n.phone === selected)
  const showList = !isNarrow || !entry
  const showThread = !isNarrow || Boolean(entry)

  let content: React.ReactNode
  if (numbers.isPending) content = <Loading />
  else if (numbers.isError) content = <ErrorAlert error={numbers.error} />
  else if (numbers.data.length === 0)
    content = (
      <Empty
        image={<MessageOutlined aria-hidden style={{ fontSize: 64, color: '#595959' }} />}
        description={t('virtualPhone.emptyTitle')}
      >
        <p style={{ maxWidth: 520, margin: '0 auto' }}>{t('virtualPhone.emptyHelp')}</p>
      </Empty>
    )
  else
    content = (
      <div className="vp-layout">
        {showList && (
          <div className="vp-list">
            <NumberList numbers={numbers.data} selected={selected} onSelect={setSelected} />
          </div>
        )}
        {showThread &&
          (entry ? (
            <Conversation
              key={entry.phone}
              phone={entry.phone}
              phoneMasked={entry.phoneMasked}
              onBack={isNarrow ? () => setSelected(null) : undefined}
            />
          ) : (
            <div className="vp-conversation vp-placeholder">
              <Empty description={t('virtualPhone.pickNumber')} />
            </div>
          ))}
      </div>
    )

  return (
    <Shell title={t('virtualPhone.title')} extra={<ConnectionStatus status={status} />}>
      <Alert type="info" showIcon title={t('virtualPhone.intro')} style={{ marginBottom: 16 }} />
      {content}
    </Shell>
  )
}
