import { checkCreditCode } from '@yimin/shared'
import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'

/** A natural person: name, resident ID number, phone. */
export function PersonFields() {
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
export function OrganisationFields() {
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

/** Delivery by post: the recipient, a phone, the address. */
export function PostFields() {
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
