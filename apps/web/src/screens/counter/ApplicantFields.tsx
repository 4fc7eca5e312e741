import { checkCreditCode, checkResidentId, phoneSchema, type IdProblem } from '@yimin/shared'
import { Col, Form, Input, Radio, Row, Switch } from 'antd'
import type { Rule } from 'antd/es/form'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { AuthorisationUpload } from './AuthorisationUpload'

/** Live checks with the shared check-digit functions (GB 11643, GB 32100) and the phone pattern. */
function idRule(
  t: TFunction,
  check: (v: string) => IdProblem | null,
  prefix: 'intake.id' | 'intake.credit',
): Rule {
  return {
    validator: (_, value: unknown) => {
      const v = (typeof value === 'string' ? value : '').trim()
      if (!v) return Promise.reject(new Error(t('validation.required')))
      const problem = check(v)
      return problem === null
        ? Promise.resolve()
        : Promise.reject(new Error(t(`${prefix}Problems.${problem}`)))
    },
  }
}
const phoneRule = (t: TFunction): Rule => ({
  validator: (_, value: unknown) =>
    phoneSchema.safeParse((typeof value === 'string' ? value : '').trim()).success
      ? Promise.resolve()
      : Promise.reject(new Error(t('intake.phoneInvalid'))),
})
const required = (t: TFunction): Rule => ({
  required: true,
  whitespace: true,
  message: t('validation.required'),
})

/** The applicant (a person or an organisation) and the optional agent (代办) with who gets notices. */
export function ApplicantFields() {
  const { t } = useTranslation()
  const kind = Form.useWatch<'person' | 'organisation'>(['applicant', 'kind'])
  const hasAgent = Form.useWatch<boolean>('hasAgent')
  return (
    <>
      <Form.Item name={['applicant', 'kind']} label={t('case.applicantKind')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'person', label: t('case.kinds.person') },
            { value: 'organisation', label: t('case.kinds.organisation') },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'name']}
            label={kind === 'organisation' ? t('intake.orgName') : t('case.applicantName')}
            rules={[required(t)]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {kind === 'organisation' ? (
            <Form.Item
              name={['applicant', 'creditCode']}
              label={t('case.creditCode')}
              required
              rules={[idRule(t, checkCreditCode, 'intake.credit')]}
              validateTrigger={['onChange', 'onBlur']}
              hasFeedback
            >
              <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          ) : (
            <Form.Item
              name={['applicant', 'idNumber']}
              label={t('case.idNumber')}
              required
              rules={[idRule(t, checkResidentId, 'intake.id')]}
              validateTrigger={['onChange', 'onBlur']}
              hasFeedback
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
        </Col>
        {kind === 'organisation' && (
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'legalRepresentative']}
              label={t('case.legalRepresentative')}
              rules={[required(t)]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'phone']}
            label={t('case.phone')}
            required
            rules={[phoneRule(t)]}
            extra={t('intake.phoneHelp')}
          >
            <Input maxLength={11} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="hasAgent" label={t('intake.hasAgent')} valuePropName="checked">
        <Switch checkedChildren={t('intake.yes')} unCheckedChildren={t('intake.no')} />
      </Form.Item>
      {hasAgent && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['agent', 'name']} label={t('intake.agentName')} rules={[required(t)]}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['agent', 'idNumber']}
              label={t('intake.agentId')}
              required
              rules={[idRule(t, checkResidentId, 'intake.id')]}
              hasFeedback
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['agent', 'phone']}
              label={t('intake.agentPhone')}
              required
              rules={[phoneRule(t)]}
            >
              <Input maxLength={11} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name={['agent', 'authorisation']}
              label={t('intake.authorisation')}
              required
              rules={[{ required: true, message: t('intake.authorisationRequired') }]}
            >
              <AuthorisationUpload />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notify" label={t('case.notify')}>
              <Radio.Group
                options={[
                  { value: 'applicant', label: t('case.notifyTo.applicant') },
                  { value: 'agent', label: t('case.notifyTo.agent') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  )
}
