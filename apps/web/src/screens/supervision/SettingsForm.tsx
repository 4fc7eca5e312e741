import { ThunderboltOutlined } from '@ant-design/icons'
import { matterTypes, supervisionSettingsSchema, type SupervisionSettings } from '@yimin/shared'
import { App, Button, Col, Form, InputNumber, Row } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useRunSweep, useSaveSettings, useSettings } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { IssueList } from '../../components/IssueList'
import { Loading } from '../../components/Loading'
import { useFormIssues } from '../../components/useFormIssues'

/** "Run the sweep now": lights, alerts and the day's figures recomputed at once. */
export function SweepButton() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const sweep = useRunSweep()
  return (
    <>
      <Button
        icon={<ThunderboltOutlined aria-hidden />}
        loading={sweep.isPending}
        onClick={() =>
          sweep.mutate(undefined, {
            onSuccess: (r) =>
              void message.success(
                t('supervision.sweep.done', { evaluated: r.evaluated, created: r.created }),
              ),
          })
        }
      >
        {t('supervision.sweep.run')}
      </Button>
      <ErrorAlert error={sweep.error} style={{ marginTop: 8 }} />
    </>
  )
}

/** Thresholds (yellow light), assessment weights and grade boundaries. */
export function SettingsForm() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const settings = useSettings()
  const save = useSaveSettings()
  const [form] = Form.useForm<SupervisionSettings>()
  const issues = useFormIssues(form, save.error)
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])
  if (settings.isPending) return <Loading />
  if (settings.isError) return <ErrorAlert error={settings.error} />
  const submit = (values: SupervisionSettings) => {
    const yellowDaysByType = Object.fromEntries(
      Object.entries(values.yellowDaysByType ?? {}).filter(([, v]) => typeof v === 'number'),
    )
    const parsed = supervisionSettingsSchema.safeParse({ ...settings.data, ...values, yellowDaysByType })
    if (!parsed.success) return
    save.mutate(parsed.data, { onSuccess: () => void message.success(t('common.saved')) })
  }
  const num = (name: (string | number)[], label: string, max: number, help?: string) => (
    <Col xs={24} sm={12} md={8} key={name.join('.')}>
      <Form.Item
        name={name}
        label={label}
        help={help}
        rules={[{ required: name[0] !== 'yellowDaysByType', message: t('common.required') }]}
      >
        <InputNumber min={0} max={max} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  )
  return (
    <Form<SupervisionSettings> form={form} layout="vertical" initialValues={settings.data} onFinish={submit}>
      <IssueList error={save.error} issues={issues} />
      <h3>{t('supervision.settings.lights')}</h3>
      <Row gutter={16}>
        {num(
          ['yellowDays'],
          t('supervision.settings.yellowDays'),
          10,
          t('supervision.settings.yellowDaysHelp'),
        )}
        {num(['completedTooFastMinutes'], t('supervision.settings.completedTooFastMinutes'), 1440)}
      </Row>
      <details style={{ marginBottom: 16 }}>
        <summary>{t('supervision.settings.byType')}</summary>
        <Row gutter={16} style={{ marginTop: 8 }}>
          {matterTypes.map((type) => num(['yellowDaysByType', type], t(`matter.types.${type}`), 10))}
        </Row>
      </details>
      <h3>{t('supervision.settings.weights')}</h3>
      <Row gutter={16}>
        {(['timeliness', 'satisfaction', 'volume'] as const).map((k) =>
          num(['weights', k], t(`supervision.settings.weight.${k}`), 100),
        )}
      </Row>
      <h3>{t('supervision.settings.grades')}</h3>
      <Row gutter={16}>
        {(['excellent', 'good', 'pass'] as const).map((k) =>
          num(
            ['grades', k],
            t('supervision.settings.gradeFrom', { grade: t(`supervision.grades.${k}`) }),
            100,
          ),
        )}
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  )
}
