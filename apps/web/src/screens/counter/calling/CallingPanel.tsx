import {
  CheckOutlined,
  CloseOutlined,
  NotificationOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PoweroffOutlined,
  SoundOutlined,
  SwapOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons'
import type { LocalizedText } from '@yimin/shared'
import { Button, Card, Popconfirm, Select, Space, Statistic, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../../api/auth'
import { useHalls } from '../../../api/org'
import { useWindowAction, useWindowState, type WindowStateResponse } from '../../../api/queue'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { TicketStatusTag } from '../../queue/TicketStatusPage'
import { PauseModal, TransferModal } from './WindowModals'
import { useLocalized, useLocalName, windowNamed } from '../../../components/names'

const windowKey = 'yimin.counterWindow'

/**
 * The windows the signed-in clerk staffs (the roster, from /auth/me) and the one this
 * workstation calls for: the one chosen here last (remembered in this browser) when it is still
 * theirs, else the first. Names in other languages come from the hall list.
 */
export function useStaffedWindow(me: StaffMe) {
  const halls = useHalls()
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(windowKey))
  const choose = (id: string) => {
    localStorage.setItem(windowKey, id)
    setChosen(id)
  }
  const inHall = new Map((halls.data ?? []).flatMap((hall) => hall.windows.map((w) => [w.id, w] as const)))
  const windows = (me.windows ?? []).map((w) => ({
    ...w,
    name: { ...inHall.get(w.id)?.name, zh: w.name },
  }))
  const current = windows.find((w) => w.id === chosen) ?? windows[0]
  return { hallId: current?.hallId ?? null, windowId: current?.id ?? null, windows, choose }
}

/** Which window this workstation calls for (when the server does not say). */
export function WindowPicker({
  windows,
  value,
  onChange,
}: {
  windows: Array<{ id: string; number: number; name: LocalizedText }>
  value: string | null
  onChange: (id: string) => void
}) {
  const { t } = useTranslation()
  const localName = useLocalName()
  return (
    <Space wrap>
      <label htmlFor="counter-window">{t('queue.counter.myWindow')}</label>
      <Select
        id="counter-window"
        style={{ minWidth: 240 }}
        value={value}
        placeholder={t('queue.counter.pickWindow')}
        showSearch={{ optionFilterProp: 'label' }}
        options={windows.map((w) => ({
          value: w.id,
          label: `${t('queue.windowNumber', { number: w.number })} · ${localName(w)}`,
        }))}
        onChange={onChange}
      />
    </Space>
  )
}

function WindowStatus({ state }: { state: WindowStateResponse }) {
  const { t } = useTranslation()
  const look = {
    open: { color: 'success', icon: <PlayCircleOutlined aria-hidden /> },
    paused: { color: 'warning', icon: <PauseCircleOutlined aria-hidden /> },
    closed: { color: 'default', icon: <PoweroffOutlined aria-hidden /> },
  }[state.status]
  return (
    <Tag color={look.color} icon={look.icon}>
      {t(`queue.windowStatus.${state.status}`)}
      {state.pauseReason ? ` · ${state.pauseReason}` : ''}
    </Tag>
  )
}

/** The calling panel (叫号) of the clerk's window: the current ticket and every window action. */
export function CallingPanel({ windowId, hallId }: { windowId: string; hallId: string }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const local = useLocalized()
  const state = useWindowState(windowId)
  const action = useWindowAction(windowId)
  const [modal, setModal] = useState<'pause' | 'transfer' | null>(null)
  const s = state.data
  const current = s?.current ?? null
  const isActive = current !== null && (current.status === 'called' || current.status === 'serving')
  const run = (name: Parameters<typeof action.mutate>[0]['action'], ticketId?: string) =>
    action.mutate({ action: name, body: ticketId ? { ticketId } : {} })
  return (
    <Card
      title={
        <h2 className="yimin-card-title">
          {s
            ? `${t('queue.counter.title')} · ${t('queue.windowNumber', { number: s.windowNumber })} ${localName(windowNamed(s))}`
            : t('queue.counter.title')}
        </h2>
      }
      extra={s && <WindowStatus state={s} />}
      loading={state.isPending}
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={state.error} />
      <ErrorAlert error={action.error} style={{ marginBottom: 12 }} />
      {s && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 32, alignItems: 'flex-start' }}>
          <div style={{ minWidth: 200 }} aria-live="polite">
            <Typography.Text type="secondary">{t('queue.counter.current')}</Typography.Text>
            <div
              style={{ fontSize: 56, fontWeight: 800, lineHeight: 1.1 }}
              dir="ltr"
              data-testid="current-ticket"
            >
              {current && isActive ? current.number : '—'}
            </div>
            {current && isActive && (
              <Space wrap>
                <TicketStatusTag status={current.status} />
                <span>{local(current.categoryName)}</span>
                {current.recallCount > 0 && (
                  <Tag icon={<SoundOutlined aria-hidden />}>
                    {t('queue.counter.recalled', { count: current.recallCount })}
                  </Tag>
                )}
              </Space>
            )}
          </div>
          <Statistic title={t('queue.counter.waiting')} value={s.waiting} />
          <Space wrap style={{ flex: 1 }}>
            {s.status === 'paused' ? (
              <Button
                type="primary"
                size="large"
                icon={<PlayCircleOutlined aria-hidden />}
                loading={action.isPending}
                onClick={() => run('resume')}
              >
                {t('queue.counter.resume')}
              </Button>
            ) : (
              <Button
                type="primary"
                size="large"
                icon={<NotificationOutlined aria-hidden />}
                disabled={isActive}
                loading={action.isPending}
                onClick={() => run('call-next')}
              >
                {t('queue.counter.callNext')}
              </Button>
            )}
            {current && current.status === 'called' && (
              <>
                <Button
                  size="large"
                  icon={<SoundOutlined aria-hidden />}
                  onClick={() => run('recall', current.id)}
                >
                  {t('queue.counter.recall')}
                </Button>
                <Button
                  size="large"
                  icon={<UserSwitchOutlined aria-hidden />}
                  onClick={() => run('start', current.id)}
                >
                  {t('queue.counter.start')}
                </Button>
                <Popconfirm
                  title={t('queue.counter.noShowConfirm', { number: current.number })}
                  onConfirm={() => run('no-show', current.id)}
                  okText={t('queue.counter.noShow')}
                  cancelText={t('common.cancel')}
                >
                  <Button size="large" danger icon={<CloseOutlined aria-hidden />}>
                    {s.recallsBeforeNoShow
                      ? t('queue.counter.noShowAfter', { count: s.recallsBeforeNoShow })
                      : t('queue.counter.noShow')}
                  </Button>
                </Popconfirm>
              </>
            )}
            {current && isActive && (
              <>
                <Button
                  size="large"
                  type={current.status === 'serving' ? 'primary' : 'default'}
                  icon={<CheckOutlined aria-hidden />}
                  onClick={() => run('finish', current.id)}
                >
                  {t('queue.counter.finish')}
                </Button>
                <Button size="large" icon={<SwapOutlined aria-hidden />} onClick={() => setModal('transfer')}>
                  {t('queue.counter.transfer')}
                </Button>
              </>
            )}
            {s.status !== 'paused' && (
              <Button
                size="large"
                icon={<PauseCircleOutlined aria-hidden />}
                onClick={() => setModal('pause')}
              >
                {t('queue.counter.pause')}
              </Button>
            )}
            {s.status !== 'closed' && (
              <Popconfirm
                title={t('queue.counter.closeConfirm')}
                onConfirm={() => run('close')}
                okText={t('queue.counter.close')}
                cancelText={t('common.cancel')}
              >
                <Button size="large" icon={<PoweroffOutlined aria-hidden />}>
                  {t('queue.counter.close')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </div>
      )}
      <PauseModal open={modal === 'pause'} onClose={() => setModal(null)} action={action} />
      {current && (
        <TransferModal
          open={modal === 'transfer'}
          onClose={() => setModal(null)}
          action={action}
          ticketId={current.id}
          hallId={hallId}
          windowId={windowId}
        />
      )}
    </Card>
  )
}
