import { Alert, Button, Card, Form, Input, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useAddBidderStaff, useBidder, useBidderStaff } from '../../api/bidding'
import { Shell } from '../../app/Shell'
import { BidderPersonFields } from './BidderPersonFields'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'

interface StaffForm {
  username: string
  displayName: string
  idNumber: string
  password: string
}

/**
 * A bidder's staff: the accounts of its people (ID numbers masked) and the form that adds one with
 * the person's resident ID number (checked here and on the server; kept only as a keyed hash).
 */
export function BidderStaff({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const bidder = useBidder()
  const staff = useBidderStaff()
  const add = useAddBidderStaff()
  const [form] = Form.useForm<StaffForm>()
  const submit = (values: StaffForm) =>
    add.mutate(
      { ...values, idNumber: values.idNumber.trim().toUpperCase() },
      { onSuccess: () => form.resetFields() },
    )
  return (
    <Shell me={me} title={t('bidding.staff.title')}>
      <p>
        <Link to="/trading/bidder">{t('bidding.staff.back')}</Link>
        {bidder.data && (
          <>
            {' · '}
            <bdi lang="zh-CN">{bidder.data.name}</bdi>
          </>
        )}
      </p>
      <ErrorAlert error={bidder.error ?? staff.error} />
      <Card title={t('bidding.staff.list')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="userId"
          dataSource={staff.data ?? []}
          loading={staff.isPending}
          pagination={false}
          columns={[
            { title: t('bidding.register.username'), render: (_, s) => <bdi dir="ltr">{s.username}</bdi> },
            { title: t('bidding.register.displayName'), render: (_, s) => <bdi>{s.displayName}</bdi> },
            { title: t('bidding.staff.idMasked'), render: (_, s) => <bdi dir="ltr">{s.idNumberMasked}</bdi> },
            {
              title: t('bidding.staff.addedAt'),
              render: (_, s) => <bdi>{formatInstant(s.addedAt, i18n.language)}</bdi>,
            },
          ]}
        />
      </Card>
      <Card title={t('bidding.staff.add')}>
        {add.isSuccess && (
          <Alert
            role="status"
            type="success"
            showIcon
            title={t('bidding.staff.added')}
            style={{ marginBottom: 16 }}
          />
        )}
        <ErrorAlert error={add.error} />
        <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 520 }}>
          <Form.Item
            name="username"
            label={t('bidding.register.username')}
            rules={[
              { required: true },
              { pattern: /^[a-z0-9._-]{3,64}$/, message: t('bidding.staff.usernameRule') },
            ]}
          >
            <Input dir="ltr" autoComplete="off" />
          </Form.Item>
          <BidderPersonFields />
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('bidding.staff.submit')}
          </Button>
        </Form>
      </Card>
    </Shell>
  )
}
