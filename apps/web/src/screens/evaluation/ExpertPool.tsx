import { expertSpecialties, type CreateExpertRequest } from '@yimin/shared'
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useCreateExpert, useExperts, useSetAvailability } from '../../api/evaluation'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusTag } from '../../components/StatusTag'

type Fields = Omit<CreateExpertRequest, 'conflicts' | 'isAvailable' | 'userId'> & { conflicts?: string }

/** The expert pool (评标专家库) for the center's staff: personal data masked, availability, adding. */
export function ExpertPool({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const experts = useExperts()
  const create = useCreateExpert()
  const availability = useSetAvailability()
  const [form] = Form.useForm<Fields>()
  const specialtyOptions = expertSpecialties.map((s) => ({
    value: s,
    label: t(`evaluation.specialties.${s}`),
  }))
  return (
    <Shell me={me} title={t('evaluation.experts.title')}>
      <ErrorAlert error={experts.error ?? availability.error} />
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Card title={t('evaluation.experts.add')}>
          <Form<Fields>
            form={form}
            layout="inline"
            onFinish={(v) =>
              create.mutate(
                {
                  ...v,
                  isAvailable: true,
                  conflicts: (v.conflicts ?? '')
                    .split(/[\s,，、]+/)
                    .map((x) => x.trim())
                    .filter(Boolean),
                },
                { onSuccess: () => form.resetFields() },
              )
            }
          >
            <Form.Item name="name" label={t('evaluation.experts.name')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="idNumber" label={t('evaluation.experts.idNumber')} rules={[{ required: true }]}>
              <Input maxLength={18} dir="ltr" />
            </Form.Item>
            <Form.Item name="phone" label={t('evaluation.experts.phone')} rules={[{ required: true }]}>
              <Input dir="ltr" inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="employerName"
              label={t('evaluation.experts.employer')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="employerCreditCode"
              label={t('evaluation.experts.employerCode')}
              rules={[{ required: true }]}
            >
              <Input maxLength={18} dir="ltr" />
            </Form.Item>
            <Form.Item
              name="region"
              label={t('evaluation.experts.region')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('evaluation.experts.regionHint') }]}
            >
              <Input maxLength={6} dir="ltr" inputMode="numeric" />
            </Form.Item>
            <Form.Item
              name="specialties"
              label={t('evaluation.experts.specialties')}
              rules={[{ required: true }]}
            >
              <Select mode="multiple" style={{ minWidth: 220 }} options={specialtyOptions} maxCount={5} />
            </Form.Item>
            <Form.Item name="conflicts" label={t('evaluation.experts.conflicts')}>
              <Input placeholder={t('evaluation.experts.conflictsHint')} dir="ltr" />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t('evaluation.experts.save')}
              </Button>
            </Form.Item>
          </Form>
          <ErrorAlert error={create.error} />
        </Card>
        <Card title={t('evaluation.experts.pool', { count: experts.data?.length ?? 0 })}>
          <Table
            rowKey="id"
            size="small"
            loading={experts.isLoading}
            dataSource={experts.data ?? []}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: t('evaluation.experts.name'), render: (_, e) => <bdi lang="zh-CN">{e.name}</bdi> },
              { title: t('evaluation.experts.phone'), render: (_, e) => <bdi dir="ltr">{e.phone}</bdi> },
              {
                title: t('evaluation.experts.employer'),
                render: (_, e) => <bdi lang="zh-CN">{e.employerName}</bdi>,
              },
              { title: t('evaluation.experts.region'), render: (_, e) => <bdi dir="ltr">{e.region}</bdi> },
              {
                title: t('evaluation.experts.specialties'),
                filters: specialtyOptions.map((o) => ({ text: o.label, value: o.value })),
                onFilter: (value, e) => e.specialties.includes(String(value)),
                render: (_, e) =>
                  e.specialties.map((s) => (
                    <Tag key={s}>{t(`evaluation.specialties.${s}`, { defaultValue: s })}</Tag>
                  )),
              },
              {
                title: t('evaluation.experts.availability'),
                render: (_, e) => (
                  <Space>
                    <StatusTag
                      isActive={e.isAvailable}
                      activeLabel={t('evaluation.experts.available')}
                      inactiveLabel={t('evaluation.experts.unavailable')}
                    />
                    <Button
                      size="small"
                      onClick={() => availability.mutate({ id: e.id, isAvailable: !e.isAvailable })}
                    >
                      {e.isAvailable
                        ? t('evaluation.experts.markUnavailable')
                        : t('evaluation.experts.markAvailable')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </Shell>
  )
}
