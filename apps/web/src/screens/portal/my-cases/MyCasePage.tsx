import { PrinterOutlined, SendOutlined } from '@ant-design/icons'
import type { MyCaseDetail } from '@yimin/shared'
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDay } from '../../../components/format'
import { Loading } from '../../../components/Loading'
import { CaseStatusTag } from '../../cases/case-status'
import { PublicTimeline } from '../PublicTimeline'
import { RequireCitizen } from '../account/RequireCitizen'
import {
  documentUrl,
  useMyCase,
  useResubmit,
  useSetDelivery,
  useUploadCorrection,
  useWithdraw,
} from '../../../api/citizen'
import { MaterialUpload } from '../apply/MaterialUpload'
import { bundleReceiptUrl } from '../../../api/bundles'
import { useLocalName } from '../../../components/names'

/** /portal/my-cases/:id — my case: dates, the correction notice with its uploads, timeline, documents, withdraw, delivery. */
export function MyCasePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  return (
    <Shell title={t('online.myCases.case')}>
      <RequireCitizen>{() => <MyCaseBody id={id} />}</RequireCitizen>
    </Shell>
  )
}

function MyCaseBody({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const day = (d: string | null) => formatDay(d, i18n.language)
  const query = useMyCase(id)
  const c = query.data
  if (query.isPending) return <Loading />
  if (!c) return <ErrorAlert error={query.error} />
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
      <Card
        title={
          <h2 className="yimin-card-title">
            <bdi>{localName({ name: c.matterName })}</bdi>
          </h2>
        }
        size="small"
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('case.number')}>
            <bdi>{c.number}</bdi>
          </Descriptions.Item>
          {c.bundleNumber && (
            <Descriptions.Item label={t('online.apply.bundleNumber')}>
              <bdi>{c.bundleNumber}</bdi>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('progress.status')}>
            <CaseStatusTag status={c.status} outcome={c.outcome as never} />
          </Descriptions.Item>
          <Descriptions.Item label={t('case.receivedOn')}>{day(c.receivedOn)}</Descriptions.Item>
          {!c.acceptedOn && (
            <Descriptions.Item label={t('case.intakeDueOn')}>{day(c.intakeDueOn)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('case.acceptedOn')}>{day(c.acceptedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('case.dueOn')}>
            <span data-testid="due-on">
              {c.dueOn ? `${day(c.dueOn)}${c.isDueProvisional ? ` (${t('case.provisional')})` : ''}` : '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('online.myCases.legalDueOn')}>{day(c.legalDueOn)}</Descriptions.Item>
          {c.completedOn && (
            <Descriptions.Item label={t('case.completedOn')}>{day(c.completedOn)}</Descriptions.Item>
          )}
          {c.resultNumber && (
            <Descriptions.Item label={t('case.resultNumber')}>{c.resultNumber}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {c.correction && <Correction c={c} />}
      <Card title={<h3 className="yimin-card-title">{t('case.materials')}</h3>} size="small">
        <ul style={{ paddingInlineStart: 18, margin: 0 }}>
          {c.materials.map((m) => (
            <li key={m.position}>
              <bdi>{localName(m)}</bdi> — {t(`online.materialStatus.${m.status}`, { defaultValue: m.status })}
            </li>
          ))}
        </ul>
      </Card>
      <Delivery c={c} />
      <Card title={<h3 className="yimin-card-title">{t('case.timeline')}</h3>} size="small">
        <PublicTimeline events={c.timeline} />
      </Card>
      {(c.documents.length > 0 || (c.bundleNumber && c.applicationId)) && (
        <Card title={<h3 className="yimin-card-title">{t('case.documents')}</h3>} size="small">
          <Space wrap>
            {c.documents.map((k) => (
              <a key={k} href={documentUrl(c.id, k)} target="_blank" rel="noreferrer">
                <PrinterOutlined aria-hidden /> {t(`caseDocuments.${k}`)}
              </a>
            ))}
            {c.bundleNumber && c.applicationId && (
              <a
                href={bundleReceiptUrl(c.applicationId)}
                target="_blank"
                rel="noreferrer"
                data-testid="bundle-receipt"
              >
                <PrinterOutlined aria-hidden /> {t('online.apply.receipt')}
              </a>
            )}
          </Space>
        </Card>
      )}
      {c.completedOn && (
        // a bundle's case rates the whole bundle, once (一事一评)
        <Link
          to={`/rate?number=${encodeURIComponent(c.bundleNumber ?? c.number)}`}
          data-testid="rate-my-case"
        >
          {c.bundleNumber ? t('progress.bundle.rate') : t('ratings.rateThisCase')}
        </Link>
      )}
      {c.canWithdraw && <Withdraw id={c.id} />}
      <Link to="/portal/my-cases">{t('online.myCases.back')}</Link>
    </Space>
  )
}

function Correction({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const upload = useUploadCorrection(c.id)
  const resubmit = useResubmit(c.id)
  const correction = c.correction
  if (!correction) return null
  return (
    <Card
      title={<h3 className="yimin-card-title">{t('online.correction.title')}</h3>}
      size="small"
      style={{ borderColor: '#d46b08' }}
    >
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('online.correction.intro')}
        description={
          <ul style={{ paddingInlineStart: 18, margin: 0 }}>
            {correction.items.map((x, i) => (
              <li key={i}>
                <bdi>{x}</bdi>
              </li>
            ))}
          </ul>
        }
      />
      {correction.missingMaterials.map((m) => (
        <MaterialUpload
          key={m.position}
          name={name(m)}
          isRequired
          files={c.pendingFiles.filter((f) => f.position === m.position)}
          isUploading={upload.isPending && upload.variables.position === m.position}
          onFile={(file) => upload.mutate({ position: m.position, file })}
        />
      ))}
      <ErrorAlert error={upload.error ?? resubmit.error} style={{ marginTop: 12 }} />
      <Button
        type="primary"
        icon={<SendOutlined aria-hidden />}
        style={{ marginTop: 12 }}
        disabled={!c.canResubmit}
        loading={resubmit.isPending}
        onClick={() => resubmit.mutate()}
      >
        {t('online.correction.resubmit')}
      </Button>
      {!c.canResubmit && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('online.correction.uploadFirst')}
        </Typography.Paragraph>
      )}
    </Card>
  )
}

function Delivery({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation()
  const set = useSetDelivery(c.id)
  const [method, setMethod] = useState<'window' | 'post'>(c.delivery?.method ?? 'window')
  const closed =
    c.status === 'delivered' || c.status === 'withdrawn' || c.status === 'refused' || c.status === 'revoked'
  const current = c.delivery
  return (
    <Card title={<h3 className="yimin-card-title">{t('online.delivery.title')}</h3>} size="small">
      <p>
        {t('online.delivery.current')}:{' '}
        <Tag>{current ? t(`online.delivery.${current.method}`) : t('online.delivery.none')}</Tag>
        {current?.method === 'post' && <bdi>{current.address}</bdi>}
      </p>
      {!closed && (
        <Form
          layout="vertical"
          initialValues={current?.method === 'post' ? current : { method: 'window' }}
          onFinish={(v: { recipient?: string; phone?: string; address?: string }) =>
            set.mutate(
              method === 'post'
                ? {
                    method: 'post',
                    recipient: v.recipient ?? '',
                    phone: v.phone ?? '',
                    address: v.address ?? '',
                  }
                : { method: 'window' },
            )
          }
        >
          <Form.Item label={t('online.delivery.method')}>
            <Radio.Group
              value={method}
              onChange={(e) => setMethod(e.target.value as 'window' | 'post')}
              optionType="button"
              options={[
                { value: 'window', label: t('online.delivery.window') },
                { value: 'post', label: t('online.delivery.post') },
              ]}
            />
          </Form.Item>
          {method === 'post' && (
            <>
              <Form.Item
                name="recipient"
                label={t('online.delivery.recipient')}
                rules={[{ required: true, message: t('online.apply.required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('case.phone')}
                rules={[
                  { required: true, pattern: /^1[3-9]\d{9}$/, message: t('online.signIn.phoneFormat') },
                ]}
              >
                <Input inputMode="tel" maxLength={11} />
              </Form.Item>
              <Form.Item
                name="address"
                label={t('online.delivery.address')}
                rules={[{ required: true, min: 5, message: t('online.delivery.addressHelp') }]}
              >
                <Input.TextArea rows={2} maxLength={300} />
              </Form.Item>
            </>
          )}
          <ErrorAlert error={set.error} style={{ marginBottom: 12 }} />
          <Button htmlType="submit" loading={set.isPending}>
            {t('online.delivery.save')}
          </Button>
        </Form>
      )}
    </Card>
  )
}

function Withdraw({ id }: { id: string }) {
  const { t } = useTranslation()
  const withdraw = useWithdraw(id)
  const [reason, setReason] = useState('')
  return (
    <Card title={<h3 className="yimin-card-title">{t('online.withdraw.title')}</h3>} size="small">
      <Typography.Paragraph type="secondary">{t('online.withdraw.intro')}</Typography.Paragraph>
      <Input.TextArea
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-label={t('online.withdraw.reason')}
        placeholder={t('online.withdraw.reason')}
      />
      <ErrorAlert error={withdraw.error} style={{ marginTop: 8 }} />
      <Popconfirm
        title={t('online.withdraw.confirm')}
        onConfirm={() => withdraw.mutate(reason.trim())}
        okText={t('online.withdraw.submit')}
        cancelText={t('common.cancel')}
      >
        <Button danger style={{ marginTop: 8 }} disabled={!reason.trim()} loading={withdraw.isPending}>
          {t('online.withdraw.submit')}
        </Button>
      </Popconfirm>
    </Card>
  )
}
