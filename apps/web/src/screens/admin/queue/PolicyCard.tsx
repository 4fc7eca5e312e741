import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import type { QueuePolicy } from '@yimin/shared'
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQueuePolicy, useSaveQueuePolicy } from '../../../api/queue'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { IssueList } from '../../../components/IssueList'
import { Loading } from '../../../components/Loading'
import { useFormIssues } from '../../../components/useFormIssues'

interface Values extends Omit<QueuePolicy, 'groupBonusMinutes'> {
  groups: Array<{ group: string; minutes: number }>
}

const numbers = [
  { name: 'elderlyAge', min: 50, max: 100 },
  { name: 'nearlyTurnAhead', min: 0, max: 20 },
  { name: 'checkInBeforeMinutes', min: 0, max: 240 },
  { name: 'checkInAfterMinutes', min: 0, max: 240 },
] as const

/** The calling policy (who is called first, and how waiting time balances priority), with the server's explanation. */
export function PolicyCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const policy = useQueuePolicy()
  const save = useSaveQueuePolicy()
  const [form] = Form.useForm<Values>()
  const issues = useFormIssues(form, save.error)
  if (policy.isPending) return <Loading />
  if (policy.isError) return <ErrorAlert error={policy.error} />
  const { policy: p, explanation } = policy.data
  return (
    <Card title={<h2 className="yimin-card-title">{t('queueAdmin.tabs.policy')}</h2>}>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-line', maxWidth: 820 }}
        data-testid="policy-explanation"
      >
        {t('queueAdmin.policyExplanation', {
          elderlyAge: p.elderlyAge,
          minutes: explanation.maxHeadStartMinutes,
        })}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ maxWidth: 520, marginBottom: 24 }}
        title={t('queueAdmin.headStarts', { minutes: explanation.maxHeadStartMinutes })}
      >
        {explanation.groups.map((g) => (
          <Descriptions.Item key={g.group} label={t(`queue.groups.${g.group}`, { defaultValue: g.group })}>
            {t('queueAdmin.minutesAhead', { count: g.headStartMinutes })}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <IssueList error={save.error} issues={issues} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{
          ...p,
          groups: Object.entries(p.groupBonusMinutes).map(([group, minutes]) => ({ group, minutes })),
        }}
        onFinish={({ groups, ...rest }) =>
          save.mutate(
            {
              ...rest,
              groupBonusMinutes: Object.fromEntries(groups.map((g) => [g.group.trim(), g.minutes])),
            },
            { onSuccess: () => void message.success(t('common.saved')) },
          )
        }
      >
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('queueAdmin.groupBonus')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('queueAdmin.groupBonusHelp')}</Typography.Paragraph>
        <Form.List name="groups">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'group']}
                    label={t('queueAdmin.group')}
                    rules={[{ required: true, pattern: /^[a-z][a-z_-]{0,31}$/ }]}
                  >
                    <Input dir="ltr" style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'minutes']}
                    label={t('queueAdmin.bonusMinutes')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={0} max={240} precision={0} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('common.remove')}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ group: '', minutes: 10 })}>
                  {t('queueAdmin.addGroup')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
            columnGap: 16,
          }}
        >
          {numbers.map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={t(`queueAdmin.policy.${f.name}`)}
              rules={[{ required: true }]}
            >
              <InputNumber min={f.min} max={f.max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </div>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  )
}
