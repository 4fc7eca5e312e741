import { CheckCircleOutlined, PrinterOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import {
  checkCreditCode,
  formFieldLabel,
  type Applicant,
  type DeliveryChoice,
  type OnlineApplication,
} from '@yimin/shared'
import { Alert, Button, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ApiError } from '../../../api/client'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary'
import { FormFieldInputs } from '../../../components/FormFieldInputs'
import { Loading } from '../../../components/Loading'
import { localName } from '../../../components/names'
import { CaseStatusTag } from '../../cases/case-status'
import { RequireCitizen } from '../account/RequireCitizen'
import {
  useApplication,
  useSaveApplication,
  useSubmitApplication,
  useUploadMaterial,
} from '../../../api/citizen'
import { bundleReceiptUrl } from '../../../api/bundles'
import { MaterialUpload } from './MaterialUpload'

interface Values {
  /** a natural person (resident ID) or a legal person (unified social credit code, legal representative) */
  applicantKind: 'person' | 'organisation'
  name: string
  idNumber: string
  creditCode: string
  legalRepresentative: string
  phone: string
  form: Record<string, string | number | null>
  delivery: 'window' | 'post'
  postRecipient?: string
  postPhone?: string
  postAddress?: string
}

/** /portal/apply/:id — the application form: applicant, the bundle's fields, uploads per material, draft / submit. */
export function ApplyPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  return (
    <Shell title={t('online.apply.title')}>
      {<RequireCitizen>{() => <ApplyBody id={id} />}</RequireCitizen>}
    </Shell>
  )
}

function toValues(app: OnlineApplication): Values {
  const a = app.applicant
  const d = app.delivery
  const form: Values['form'] = {}
  for (const f of app.form) {
    const v = app.formData[f.key]
    form[f.key] = typeof v === 'boolean' ? String(v) : (v ?? null)
  }
  return {
    applicantKind: a?.kind ?? 'person',
    name: a?.name ?? '',
    idNumber: a?.kind === 'person' ? a.idNumber : '',
    creditCode: a?.kind === 'organisation' ? a.creditCode : '',
    legalRepresentative: a?.kind === 'organisation' ? a.legalRepresentative : '',
    // the signed-in phone until the applicant says otherwise
    phone: a?.phone ?? app.citizenPhone,
    form,
    delivery: d?.method ?? 'window',
    ...(d?.method === 'post'
      ? { postRecipient: d.recipient, postPhone: d.phone, postAddress: d.address }
      : {}),
  }
}

function toRequest(app: OnlineApplication, v: Values) {
  const formData: Record<string, string | number> = {}
  for (const f of app.form) {
    const x = v.form?.[f.key]
    if (x === null || x === undefined || x === '') continue
    formData[f.key] = x
  }
  const name = v.name?.trim() ?? ''
  const phone = v.phone?.trim() ?? ''
  let applicant: Applicant | null = null
  if (v.applicantKind === 'organisation') {
    const creditCode = v.creditCode?.trim().toUpperCase() ?? ''
    const legalRepresentative = v.legalRepresentative?.trim() ?? ''
    if (name && phone && creditCode && legalRepresentative)
      applicant = { kind: 'organisation', name, creditCode, legalRepresentative, phone }
  } else {
    const idNumber = v.idNumber?.trim().toUpperCase() ?? ''
    if (name && phone && idNumber) applicant = { kind: 'person', name, idNumber, phone }
  }
  const delivery: DeliveryChoice | null =
    v.delivery === 'post' && v.postRecipient && v.postPhone && v.postAddress
      ? {
          method: 'post',
          recipient: v.postRecipient.trim(),
          phone: v.postPhone.trim(),
          address: v.postAddress.trim(),
        }
      : v.delivery === 'window'
        ? { method: 'window' }
        : null
  return {
    applicant,
    formData,
    delivery,
  }
}

function ApplyBody({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const query = useApplication(id)
  const save = useSaveApplication(id)
  const submit = useSubmitApplication(id)
  const upload = useUploadMaterial(id)
  const [form] = Form.useForm<Values>()
  /** the fields the browser found wrong on the last submit (antd's errorFields) */
  const [clientIssues, setClientIssues] = useState<Array<{ name: Array<string | number>; errors: string[] }>>(
    [],
  )
  const [attempt, setAttempt] = useState(0)
  const app = query.data
  if (query.isPending) return <Loading />
  if (!app) return <ErrorAlert error={query.error} />
  const isDraft = app.status === 'draft'
  const fieldLabel = (key: string) => {
    const f = app.form.find((x) => x.key === key)
    return f ? formFieldLabel(f, i18n.language) : key
  }
  /** a missing material as the server names it (in Chinese), in the reader's language */
  const materialName = (name: string) => {
    const m = app.materials.find((x) => x.name.zh === name)
    return m ? localName(m, i18n.language) : name
  }
  const saveNow = () => save.mutateAsync(toRequest(app, form.getFieldsValue(true) as Values))
  const incomplete =
    submit.error instanceof ApiError && submit.error.code === 'ONLINE_APPLICATION_INCOMPLETE'
      ? (submit.error.details as { applicant: boolean; fields: string[]; materials: string[] })
      : null
  const materialAnchor = (key: string) => `material-${key}`
  const focusField = (name: Array<string | number>) => {
    form.scrollToField(name, { block: 'center' })
    form.focusField(name)
  }
  const topLabels: Record<string, string> = {
    name:
      form.getFieldValue('applicantKind') === 'organisation'
        ? t('online.apply.orgName')
        : t('case.applicantName'),
    idNumber: t('case.idNumber'),
    creditCode: t('online.apply.creditCode'),
    legalRepresentative: t('online.apply.legalRepresentative'),
    phone: t('case.phone'),
    postRecipient: t('online.delivery.recipient'),
    postPhone: t('case.phone'),
    postAddress: t('online.delivery.address'),
  }
  const labelOf = (name: Array<string | number>) =>
    name[0] === 'form' ? fieldLabel(String(name[1])) : (topLabels[String(name[0])] ?? name.join('.'))
  // the error summary (GOV.UK): the browser's findings, else the server's list of what is missing
  const summary: SummaryItem[] =
    clientIssues.length > 0
      ? clientIssues.map((i) => ({
          key: i.name.join('.'),
          text: `${labelOf(i.name)}: ${i.errors[0] ?? ''}`,
          targetId: i.name.join('_'),
          onSelect: () => focusField(i.name),
        }))
      : incomplete
        ? [
            ...(incomplete.applicant
              ? [
                  {
                    key: 'applicant',
                    text: `${t('online.apply.applicant')}: ${t('online.apply.missingField')}`,
                    targetId: 'name',
                    onSelect: () => focusField(['name']),
                  },
                ]
              : []),
            ...incomplete.fields.map((k) => ({
              key: `form.${k}`,
              text: `${fieldLabel(k)}: ${t('online.apply.missingField')}`,
              targetId: `form_${k}`,
              onSelect: () => focusField(['form', k]),
            })),
            ...incomplete.materials.map((n) => {
              const m = app.materials.find((x) => x.name.zh === n)
              return {
                key: `material.${n}`,
                text: `${materialName(n)}: ${t('online.apply.missingMaterial')}`,
                targetId: m ? materialAnchor(m.key) : 'materials',
              }
            }),
          ]
        : []
  const required = app.materials.filter((m) => m.isRequired && !m.isDeferrable)
  const requiredDone = required.filter((m) => m.files.length > 0).length
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
      <ErrorSummary title={t('online.apply.errorSummary')} items={summary} attempt={attempt} />
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        <bdi>{localName({ name: app.name }, i18n.language)}</bdi>{' '}
        <Tag>{t(`online.apply.status.${app.status}`)}</Tag>
      </Typography.Title>
      {!isDraft && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          role="status"
          title={t('online.apply.submitted')}
          description={
            <div>
              {app.bundleNumber && (
                <p>
                  {t('online.apply.bundleNumber')}:{' '}
                  <strong>
                    <bdi data-testid="bundle-number">{app.bundleNumber}</bdi>
                  </strong>{' '}
                  <a
                    href={bundleReceiptUrl(app.id)}
                    target="_blank"
                    rel="noreferrer"
                    data-testid="bundle-receipt"
                  >
                    <PrinterOutlined aria-hidden /> {t('online.apply.receipt')}
                  </a>
                </p>
              )}
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {app.cases.map((c) => (
                  <li key={c.id}>
                    <Link to={`/portal/my-cases/${c.id}`}>
                      <bdi>{c.matterName}</bdi> · <bdi>{c.number}</bdi>
                    </Link>{' '}
                    <CaseStatusTag status={c.status} />
                  </li>
                ))}
              </ul>
            </div>
          }
        />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={toValues(app)} disabled={!isDraft}>
        <Card
          title={<h3 className="yimin-card-title">{t('online.apply.applicant')}</h3>}
          size="small"
          style={{ marginBottom: 16 }}
        >
          <Form.Item name="applicantKind" label={t('online.apply.applicantKind')}>
            <Radio.Group
              options={[
                { value: 'person', label: t('online.apply.person') },
                { value: 'organisation', label: t('online.apply.organisation') },
              ]}
              optionType="button"
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.applicantKind !== b.applicantKind}>
            {({ getFieldValue }) =>
              getFieldValue('applicantKind') === 'organisation' ? <OrganisationFields /> : <PersonFields />
            }
          </Form.Item>
          {/* the bundle's and the matters' own fields (申请表); the applicant's name, ID and phone are asked above */}
          <FormFieldInputs
            fields={app.form.filter((f) => !['applicantName', 'idNumber', 'phone'].includes(f.key))}
            name="form"
          />
        </Card>
        <Card title={<h3 className="yimin-card-title">{t('online.delivery.title')}</h3>} size="small">
          <Form.Item name="delivery" label={t('online.delivery.method')}>
            <Radio.Group
              options={app.deliveryMethods.map((m) => ({ value: m, label: t(`online.delivery.${m}`) }))}
              optionType="button"
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.delivery !== b.delivery}>
            {({ getFieldValue }) => getFieldValue('delivery') === 'post' && <PostFields />}
          </Form.Item>
        </Card>
      </Form>
      <Card title={<h3 className="yimin-card-title">{t('online.apply.materials')}</h3>} size="small">
        <Typography.Paragraph type="secondary">
          {app.kind === 'bundle' ? t('online.apply.materialsOnce') : t('online.apply.materialsHelp')}
        </Typography.Paragraph>
        {isDraft && required.length > 0 && (
          <Typography.Paragraph strong role="status">
            {t('online.apply.materialsProgress', { done: requiredDone, total: required.length })}
          </Typography.Paragraph>
        )}
        <ul className="yimin-material-list" id="materials">
          {app.materials.map((m) => (
            <li key={m.key}>
              <MaterialUpload
                anchorId={materialAnchor(m.key)}
                name={localName(m, i18n.language)}
                isRequired={m.isRequired}
                isDeferrable={m.isDeferrable}
                files={m.files}
                {...(app.kind === 'bundle'
                  ? { note: t('online.apply.usedBy', { n: m.matterCodes.length }) }
                  : {})}
                disabled={!isDraft}
                isUploading={upload.isPending && upload.variables.key === m.key}
                onFile={(file) => upload.mutate({ key: m.key, file })}
              />
            </li>
          ))}
        </ul>
        <ErrorAlert error={upload.error} style={{ marginTop: 12 }} />
      </Card>
      {!incomplete && <ErrorAlert error={save.error ?? submit.error} />}
      {isDraft && (
        <Space wrap>
          <Button
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending}
            onClick={() => void saveNow().catch(() => undefined)}
          >
            {t('online.apply.saveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            loading={submit.isPending}
            onClick={() =>
              void form
                .validateFields()
                .then(() => {
                  setClientIssues([])
                  return saveNow()
                })
                .then(() => submit.mutateAsync())
                .catch((err: unknown) => {
                  const fields = (err as { errorFields?: typeof clientIssues } | null)?.errorFields
                  setClientIssues(fields ?? [])
                  setAttempt((n) => n + 1)
                })
            }
          >
            {t('online.apply.submit')}
          </Button>
          {save.isSuccess && !save.isPending && (
            <Typography.Text type="success" role="status">
              {t('online.apply.saved')}
            </Typography.Text>
          )}
        </Space>
      )}
      <Space wrap>
        <Link to="/portal/apply">{t('online.apply.back')}</Link>
        <Link to="/portal/my-cases">{t('online.myCases.title')}</Link>
      </Space>
    </Space>
  )
}

function PersonFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name="name"
        label={t('case.applicantName')}
        rules={[{ required: true, message: t('online.apply.required') }]}
      >
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('case.idNumber')}
        rules={[{ required: true, pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('online.signIn.idFormat') }]}
      >
        <Input maxLength={18} autoComplete="off" dir="ltr" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('case.phone')}
        rules={[{ required: true, pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('online.signIn.phoneFormat') }]}
      >
        <Input inputMode="tel" maxLength={11} autoComplete="tel" dir="ltr" />
      </Form.Item>
    </>
  )
}

/** A legal person (法人): its name, the unified social credit code (GB 32100 check character), the legal representative, a contact phone. */
function OrganisationFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name="name"
        label={t('online.apply.orgName')}
        rules={[{ required: true, message: t('online.apply.required') }]}
      >
        <Input maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('online.apply.creditCode')}
        rules={[
          { required: true, pattern: /^\s*[0-9A-Za-z]{18}\s*$/, message: t('online.apply.creditCodeFormat') },
          {
            validator: (_, v: string | undefined) =>
              !v || !/^\s*[0-9A-Za-z]{18}\s*$/.test(v) || checkCreditCode(v.trim().toUpperCase()) === null
                ? Promise.resolve()
                : Promise.reject(new Error(t('online.apply.creditCodeInvalid'))),
          },
        ]}
      >
        <Input maxLength={18} autoComplete="off" dir="ltr" style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={t('online.apply.legalRepresentative')}
        rules={[{ required: true, message: t('online.apply.required') }]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('online.apply.contactPhone')}
        rules={[{ required: true, pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('online.signIn.phoneFormat') }]}
      >
        <Input inputMode="tel" maxLength={11} autoComplete="tel" dir="ltr" />
      </Form.Item>
    </>
  )
}

function PostFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name="postRecipient"
        label={t('online.delivery.recipient')}
        rules={[{ required: true, message: t('online.apply.required') }]}
      >
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="postPhone"
        label={t('case.phone')}
        rules={[{ required: true, pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('online.signIn.phoneFormat') }]}
      >
        <Input inputMode="tel" maxLength={11} autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name="postAddress"
        label={t('online.delivery.address')}
        rules={[{ required: true, min: 5, message: t('online.delivery.addressHelp') }]}
      >
        <Input.TextArea rows={2} maxLength={300} autoComplete="street-address" />
      </Form.Item>
    </>
  )
}
