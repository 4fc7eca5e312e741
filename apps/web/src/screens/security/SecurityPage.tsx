import { CopyOutlined, PrinterOutlined, SafetyOutlined } from '@ant-design/icons'
import type { TotpEnrolmentResponse } from '@yimin/shared'
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBeginTotp, useConfirmTotp, useDisableTotp, useTotpStatus, type StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'

/**
 * The staff security page (issue 17.5): enrol a TOTP second factor (QR code, the secret as text,
 * confirmed by a first code), then the ten recovery codes, shown once to print or copy; or turn
 * it off with a code. Production sends administrators and supervisors here until they enrol.
 */
export function SecurityPage({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const status = useTotpStatus()
  const [enrolment, setEnrolment] = useState<TotpEnrolmentResponse | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const begin = useBeginTotp()
  const confirm = useConfirmTotp()
  const disable = useDisableTotp()

  return (
    <Shell me={me} title={t('security.title')}>
      <Card style={{ maxWidth: 640 }}>
        {me.totpEnrolmentRequired && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('security.required')} />
        )}
        <ErrorAlert error={status.error} />
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : status.data?.enabled ? (
          <>
            <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('security.state')}>
                <SafetyOutlined aria-hidden /> {t('security.on')}
              </Descriptions.Item>
              <Descriptions.Item label={t('security.since')}>
                {status.data.enabledAt ? formatDateTime(status.data.enabledAt, i18n.language) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('security.codesLeft')}>
                {status.data.recoveryCodesLeft}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph>
              {t(status.data.required ? 'security.disableRequired' : 'security.disableIntro')}
            </Typography.Paragraph>
            <ErrorAlert error={disable.error} style={{ marginBottom: 16 }} />
            <Form<{ code: string }> layout="inline" onFinish={({ code }) => disable.mutate(code)}>
              <Form.Item
                label={t('security.code')}
                name="code"
                rules={[{ required: true, message: t('signin.codeRequired') }]}
              >
                <Input autoComplete="one-time-code" dir="ltr" />
              </Form.Item>
              <Button danger htmlType="submit" loading={disable.isPending}>
                {t('security.disable')}
              </Button>
            </Form>
          </>
        ) : enrolment ? (
          <>
            <Typography.Paragraph>{t('security.scan')}</Typography.Paragraph>
            <img
              src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
              alt={t('security.qrAlt')}
              width={200}
              height={200}
            />
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {t('security.secretText')}{' '}
              <Typography.Text code copyable dir="ltr">
                {enrolment.secret}
              </Typography.Text>
            </Typography.Paragraph>
            <ErrorAlert error={confirm.error} style={{ marginBottom: 16 }} />
            <Form<{ code: string }>
              layout="inline"
              onFinish={({ code }) =>
                confirm.mutate(code, {
                  onSuccess: (r) => {
                    setEnrolment(null)
                    setRecoveryCodes(r.recoveryCodes)
                  },
                })
              }
            >
              <Form.Item
                label={t('security.firstCode')}
                name="code"
                rules={[{ required: true, message: t('signin.codeRequired') }]}
              >
                <Input autoComplete="one-time-code" dir="ltr" inputMode="numeric" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={confirm.isPending}>
                {t('security.confirm')}
              </Button>
            </Form>
          </>
        ) : (
          <>
            <Typography.Paragraph>
              {t('security.state')}: {t('security.off')}
            </Typography.Paragraph>
            <Typography.Paragraph>{t('security.intro')}</Typography.Paragraph>
            <ErrorAlert error={begin.error} style={{ marginBottom: 16 }} />
            <Button
              type="primary"
              icon={<SafetyOutlined aria-hidden />}
              loading={begin.isPending || status.isPending}
              onClick={() => begin.mutate(undefined, { onSuccess: setEnrolment })}
            >
              {t('security.enrol')}
            </Button>
          </>
        )}
      </Card>
    </Shell>
  )
}

/** The recovery codes, shown once: copy or print them before leaving. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const text = codes.join('\n')
  return (
    <>
      <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('security.enabled')} />
      <Typography.Paragraph strong>{t('security.codesOnce')}</Typography.Paragraph>
      <ol dir="ltr" style={{ fontFamily: 'monospace', fontSize: 16 }} aria-label={t('security.codesLabel')}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <Space wrap>
        <Button
          icon={<CopyOutlined aria-hidden />}
          onClick={() =>
            void navigator.clipboard
              .writeText(text)
              .then(() => message.success(t('security.copied')))
              .catch(() => message.error(t('security.copyFailed')))
          }
        >
          {t('security.copy')}
        </Button>
        <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('security.print')}
        </Button>
        <Button type="primary" onClick={onDone}>
          {t('security.saved')}
        </Button>
      </Space>
    </>
  )
}
