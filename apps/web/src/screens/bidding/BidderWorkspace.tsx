import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { ApiError } from '../../api/client'
import {
  decryptAtOpening,
  rehearse,
  sealAndUpload,
  useBidder,
  useBiddingLots,
  useObtainDocuments,
  useWithdraw,
  type BiddingLot,
  type SignedReceipt,
} from '../../api/bidding'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'

type Dialog = { kind: 'upload' | 'rehearse' | 'decrypt'; lot: BiddingLot } | null

/** A bidder's workspace: lots, documents, sealed bids sealed in this browser, the rehearsal and the decryption at the opening. */
export function BidderWorkspace({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const bidder = useBidder()
  const lots = useBiddingLots()
  const obtain = useObtainDocuments()
  const withdraw = useWithdraw()
  const [dialog, setDialog] = useState<Dialog>(null)
  return (
    <Shell me={me} title={t('bidding.workspace.title')}>
      <ErrorAlert error={bidder.error ?? lots.error ?? obtain.error ?? withdraw.error} />
      {bidder.data && (
        <Typography.Paragraph>
          <bdi lang="zh-CN">{bidder.data.name}</bdi> · <bdi>{bidder.data.creditCode}</bdi> ·{' '}
          <Link to="/trading/bidder/staff">{t('bidding.staff.title')}</Link>
        </Typography.Paragraph>
      )}
      <Card title={t('bidding.workspace.lots')}>
        <Table
          rowKey="lotId"
          dataSource={lots.data ?? []}
          pagination={false}
          columns={[
            {
              title: t('bidding.workspace.lot'),
              render: (_, l) => (
                <>
                  <bdi>{l.projectCode}</bdi> · <bdi lang="zh-CN">{l.projectName}</bdi> ·{' '}
                  <bdi lang="zh-CN">{l.lotName}</bdi>
                </>
              ),
            },
            {
              title: t('bidding.workspace.deadline'),
              render: (_, l) =>
                l.bidDeadline ? <bdi>{formatInstant(l.bidDeadline, i18n.language)}</bdi> : '—',
            },
            {
              title: t('bidding.workspace.status'),
              render: (_, l) => (
                <Tag>
                  {l.bidStatus === 'withdrawn'
                    ? t('bidding.status.withdrawn')
                    : l.finalVersion
                      ? t('bidding.status.sealed', { version: l.finalVersion })
                      : l.hasDocuments
                        ? t('bidding.status.documents')
                        : t('bidding.status.none')}
                </Tag>
              ),
            },
            {
              title: t('bidding.workspace.actions'),
              render: (_, l) => {
                // the server's clock decides, not this computer's
                const open = l.isOpen
                return (
                  <Space wrap>
                    {!l.hasDocuments && open && (
                      <Button size="small" onClick={() => obtain.mutate(l.lotId)}>
                        {t('bidding.workspace.obtain')}
                      </Button>
                    )}
                    {l.hasDocuments && open && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDialog({ kind: 'upload', lot: l })}
                      >
                        {l.finalVersion ? t('bidding.workspace.replace') : t('bidding.workspace.upload')}
                      </Button>
                    )}
                    {l.finalVersion && l.bidStatus === 'active' && open && (
                      <>
                        <Button size="small" onClick={() => setDialog({ kind: 'rehearse', lot: l })}>
                          {t('bidding.workspace.rehearse')}
                        </Button>
                        <Button size="small" danger onClick={() => l.bidId && withdraw.mutate(l.bidId)}>
                          {t('bidding.workspace.withdraw')}
                        </Button>
                      </>
                    )}
                    {l.finalVersion && !open && (
                      <>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setDialog({ kind: 'decrypt', lot: l })}
                        >
                          {t('bidding.workspace.decrypt')}
                        </Button>
                        <Link to={`/trading/openings/${l.lotId}`}>{t('bidding.workspace.openingRoom')}</Link>
                      </>
                    )}
                  </Space>
                )
              },
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'upload' && <UploadDialog lot={dialog.lot} onClose={() => setDialog(null)} />}
      {dialog && dialog.kind !== 'upload' && (
        <CodeDialog kind={dialog.kind} lot={dialog.lot} onClose={() => setDialog(null)} />
      )}
    </Shell>
  )
}

function UploadDialog({ lot, onClose }: { lot: BiddingLot; onClose: () => void }) {
  const { t } = useTranslation()
  const lots = useBiddingLots()
  const [files, setFiles] = useState<File[]>([])
  const [price, setPrice] = useState<number | null>(null)
  const [duration, setDuration] = useState<number | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<(SignedReceipt & { code: string }) | null>(null)
  const [error, setError] = useState<unknown>(null)
  const submit = async () => {
    if (!price) return
    setError(null)
    try {
      const r = await sealAndUpload(
        lot.lotId,
        { priceFen: Math.round(price * 100), ...(duration ? { durationDays: duration } : {}) },
        files,
        passphrase || null,
        setProgress,
      )
      setResult(r)
      await lots.refetch()
    } catch (err) {
      setError(err)
    }
  }
  return (
    <Modal open title={t('bidding.upload.title')} onCancel={onClose} footer={null} width={640}>
      {result ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t('bidding.upload.saveCode')} />
          <Typography.Title level={4} copyable data-testid="decryption-code">
            <bdi dir="ltr">{result.code}</bdi>
          </Typography.Title>
          <Typography.Paragraph>{t('bidding.upload.receipt')}</Typography.Paragraph>
          <pre data-testid="receipt" dir="ltr" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
            {JSON.stringify({ receipt: result.receipt, signature: result.signature }, null, 2)}
          </pre>
          <Space>
            <Button onClick={() => window.print()}>{t('bidding.upload.print')}</Button>
            <Button type="primary" onClick={onClose}>
              {t('bidding.upload.done')}
            </Button>
          </Space>
        </Space>
      ) : (
        <Form layout="vertical" onFinish={() => void submit()}>
          <ErrorAlert error={error} />
          <Form.Item label={t('bidding.upload.price')} required>
            <InputNumber
              aria-label={t('bidding.upload.price')}
              min={0.01}
              step={0.01}
              style={{ width: '100%' }}
              value={price}
              onChange={setPrice}
            />
          </Form.Item>
          <Form.Item label={t('bidding.upload.duration')}>
            <InputNumber
              aria-label={t('bidding.upload.duration')}
              min={1}
              style={{ width: '100%' }}
              value={duration}
              onChange={setDuration}
            />
          </Form.Item>
          <Form.Item label={t('bidding.upload.files')}>
            <Upload
              multiple
              beforeUpload={(f) => {
                setFiles((x) => [...x, f])
                return false
              }}
              onRemove={(f) => setFiles((x) => x.filter((y) => y.name !== f.name))}
            >
              <Button>{t('bidding.upload.choose')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('bidding.upload.passphrase')} extra={t('bidding.upload.passphraseHint')}>
            <Input.Password
              aria-label={t('bidding.upload.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </Form.Item>
          {progress && <Progress percent={Math.round((progress.done / progress.total) * 100)} />}
          <Typography.Paragraph type="secondary">{t('bidding.upload.localOnly')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" disabled={!price} loading={progress !== null && !error}>
            {t('bidding.upload.seal')}
          </Button>
        </Form>
      )}
    </Modal>
  )
}

function CodeDialog({
  kind,
  lot,
  onClose,
}: {
  kind: 'rehearse' | 'decrypt'
  lot: BiddingLot
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [code, setCode] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!lot.bidId) return
    setBusy(true)
    setError(null)
    try {
      if (kind === 'rehearse') {
        const r = await rehearse(lot.bidId, code, passphrase || null)
        setMessage(t('bidding.code.rehearsalOk', { count: r.files.length, version: r.version }))
      } else {
        await decryptAtOpening(lot.bidId, code, passphrase || null)
        setMessage(t('bidding.code.sent'))
      }
    } catch (err) {
      if (err instanceof ApiError) setError(err)
      else setMessage(t('bidding.code.wrong'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal open title={t(`bidding.code.${kind}`)} onCancel={onClose} footer={null}>
      <Form layout="vertical" onFinish={() => void run()}>
        <ErrorAlert error={error} />
        {message && <Alert role="status" showIcon message={message} />}
        <Form.Item label={t('bidding.code.code')}>
          <Input
            aria-label={t('bidding.code.code')}
            dir="ltr"
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('bidding.upload.passphrase')}>
          <Input.Password
            aria-label={t('bidding.upload.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('bidding.code.neverSent')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!code}>
          {t(`bidding.code.${kind}Go`)}
        </Button>
      </Form>
    </Modal>
  )
}
