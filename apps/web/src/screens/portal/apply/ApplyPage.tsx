import { CheckCircleOutlined, PrinterOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import { formFieldLabel } from '@yimin/shared'
import { Alert, Button, Card, Form, Radio, Space, Tag, Typography } from 'antd'
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
import { OrganisationFields, PersonFields, PostFields } from './ApplicantFields'
import { toRequest, toValues, type Values } from './application-values'
import { MaterialUpload } from './MaterialUpload'

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
