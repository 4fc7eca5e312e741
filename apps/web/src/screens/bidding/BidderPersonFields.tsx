import { checkResidentId } from '@yimin/shared'
import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'

/**
 * A bidder's person, in the registration and on the staff screen: the name, the resident ID
 * number (its check digit tested before anything is sent) and a password.
 */
export function BidderPersonFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item name="displayName" label={t('bidding.register.displayName')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('bidding.register.idNumber')}
        extra={t('bidding.register.idNumberHint')}
        rules={[
          { required: true },
          {
            validator: (_, v: string | undefined) =>
              !v || checkResidentId(v.trim()) === null
                ? Promise.resolve()
                : Promise.reject(new Error(t('errors.BIDDER_ID_INVALID'))),
          },
        ]}
      >
        <Input dir="ltr" autoComplete="off" maxLength={18} />
      </Form.Item>
      <Form.Item name="password" label={t('bidding.register.password')} rules={[{ required: true, min: 8 }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
