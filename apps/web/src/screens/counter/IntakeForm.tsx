import { createCaseRequest, normalizeFormData, type CreateCaseRequest, type MatterGuide } from '@yimin/shared'
import { Button, Checkbox, Form, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCreateCase } from '../../api/cases'
import { ApiError } from '../../api/client'
import { zodIssues } from '../../components/issues'
import { useLocalName } from '../../components/names'
import { showIssues } from '../../components/useFormIssues'
import { issueText } from '../../components/issues'
import { CaseErrorAlert, errorMaterials } from '../cases/CaseErrorAlert'
import { ApplicantFields } from './ApplicantFields'
import type { StoredAuthorisation } from './AuthorisationUpload'
import { FormFieldInputs } from '../../components/FormFieldInputs'

interface Values {
  applicant: {
    kind: 'person' | 'organisation'
    name: string
    idNumber?: string
    creditCode?: string
    legalRepresentative?: string
    phone: string
  }
  hasAgent: boolean
  agent?: { name: string; idNumber: string; phone: string; authorisation?: StoredAuthorisation | null }
  notify: 'applicant' | 'agent'
  submittedMaterials: number[]
  formData?: Record<string, string | number | null | undefined>
}

/** 接件: the form the matter's guide drives — applicant, agent, the materials handed in. */
export function IntakeForm({
  guide,
  windowId,
  onReceived,
  onCancel,
}: {
  guide: MatterGuide
  windowId: string | null
  onReceived: (caseId: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [form] = Form.useForm<Values>()
  const create = useCreateCase()
  const materials = guide.document.materials
  const pointed = new Set(errorMaterials(create.error).map((m) => m.position))

  const finish = (v: Values) => {
    const a = v.applicant
    const body: CreateCaseRequest = {
      matterCode: guide.document.code,
      applicant:
        a.kind === 'organisation'
          ? {
              kind: 'organisation',
              name: a.name,
              creditCode: (a.creditCode ?? '').trim().toUpperCase(),
              legalRepresentative: a.legalRepresentative ?? '',
              phone: a.phone.trim(),
            }
          : {
              kind: 'person',
              name: a.name,
              idNumber: (a.idNumber ?? '').trim().toUpperCase(),
              phone: a.phone.trim(),
            },
      agent:
        v.hasAgent && v.agent
          ? {
              name: v.agent.name,
              idNumber: v.agent.idNumber.trim().toUpperCase(),
              phone: v.agent.phone.trim(),
              authorisationFileKey: v.agent.authorisation?.fileKey ?? null,
            }
          : null,
      notify: v.hasAgent ? v.notify : 'applicant',
      submittedMaterials: v.submittedMaterials ?? [],
      formData: normalizeFormData(guide.document.formFields, v.formData ?? {}),
      channel: 'window',
      windowId,
    }
    const checked = createCaseRequest.safeParse(body)
    if (!checked.success) {
      showIssues(form, zodIssues(checked.error.issues), (i) => issueText(i, t))
      return
    }
    create.mutate(body, {
      onSuccess: (d) => onReceived(d.id),
      // the server names each field it refused: mark them where they are
      onError: (error) => {
        if (!(error instanceof ApiError) || error.code !== 'CASE_FORM_INVALID') return
        const fields = (
          (error.details as { fields?: Array<{ key: string; problem: string }> } | undefined)?.fields ?? []
        ).filter((f) => f.problem !== 'unknown')
        form.setFields(
          fields.map((f) => ({
            name: ['formData', f.key],
            errors: [t(`formFields.problems.${f.problem}`, { min: '', max: '', maxLength: '' })],
          })),
        )
      },
    })
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        applicant: { kind: 'person' },
        hasAgent: false,
        notify: 'applicant',
        submittedMaterials: [],
      }}
      onFinish={finish}
      scrollToFirstError
    >
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {name(guide.document)}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
          <bdi>{guide.document.code}</bdi>
        </Typography.Text>
      </Typography.Title>
      <CaseErrorAlert error={create.error} />
      <fieldset className="yimin-fieldset">
        <legend>{t('intake.applicant')}</legend>
        <ApplicantFields />
      </fieldset>
      {guide.document.formFields.length > 0 && (
        <fieldset className="yimin-fieldset">
          <legend>{t('intake.form')}</legend>
          <FormFieldInputs fields={guide.document.formFields} />
        </fieldset>
      )}
      <fieldset className="yimin-fieldset">
        <legend>{t('intake.materials')}</legend>
        <Typography.Paragraph type="secondary">{t('intake.materialsHelp')}</Typography.Paragraph>
        <Form.Item name="submittedMaterials" noStyle>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
            {materials.map((m, i) => (
              <Checkbox key={i} value={i} className={pointed.has(i) ? 'yimin-pointed' : undefined}>
                <span>
                  {i + 1}. {name(m)} · {t(`matter.forms.${m.form}`)} ·{' '}
                  {t('intake.copies', { count: m.copies })} ·{' '}
                  <strong>{m.isRequired ? t('case.materialRequired') : t('case.materialOptional')}</strong>
                  {m.isDeferrable && (
                    <strong>
                      {' '}
                      ·{' '}
                      {m.deferralDays
                        ? t('intake.deferrableWithin', { count: m.deferralDays })
                        : t('case.materialDeferrable')}
                    </strong>
                  )}
                  {pointed.has(i) && (
                    <strong className="yimin-pointed-text"> ← {t('intake.missingHere')}</strong>
                  )}
                </span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </fieldset>
      <Space wrap>
        <Button type="primary" size="large" htmlType="submit" loading={create.isPending}>
          {t('intake.receive')}
        </Button>
        <Button size="large" onClick={onCancel}>
          {t('intake.otherMatter')}
        </Button>
      </Space>
    </Form>
  )
}
