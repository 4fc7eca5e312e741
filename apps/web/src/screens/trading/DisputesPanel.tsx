import type { DisputeKind, DisputeResponse, TradingProjectResponse } from '@yimin/shared'
import { complaintOutcomes } from '@yimin/shared'
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAcceptDispute, useAnswerDispute, useDisputes, useFileDispute } from '../../api/trading'
import { DayPicker } from '../../components/DayPicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { centerDay } from '../../components/format'

/**
 * Objections, challenges and complaints on the record: the agency records and answers
 * objections and challenges, the supervising department complaints (works: accepted 受理 first,
 * then decided; one filed late is recorded as not accepted). Each row says its state in words
 * (and its limit), never by colour alone.
 */
export function DisputesPanel({
  projects,
  kinds,
}: {
  projects: TradingProjectResponse[]
  /** the kinds this account receives (records and answers) */
  kinds: DisputeKind[]
}) {
  const { t } = useTranslation()
  const disputes = useDisputes()
  const file = useFileDispute()
  const answer = useAnswerDispute()
  const accept = useAcceptDispute()
  const [form] = Form.useForm()
  const [answering, setAnswering] = useState<{ id: string; text: string; outcome?: string } | null>(null)
  const isClosed = (d: DisputeResponse) => d.status === 'answered' || d.status === 'decided'
  /** a works complaint waiting to be accepted (受理) or not: its limit is the acceptance's */
  const awaitsAcceptance = (d: DisputeResponse) =>
    d.kind === 'complaint' && d.status === 'open' && d.ruleId.endsWith('.complaint_acceptance')
  const state = (d: DisputeResponse) => (
    <Space size={4} wrap>
      {d.isOverdue ? (
        <Tag color="red">{t('trading.disputes.overdue')}</Tag>
      ) : (
        <Tag color={isClosed(d) ? 'green' : 'gold'}>{t(`trading.disputes.statuses.${d.status}`)}</Tag>
      )}
      {d.isLate && <Tag>{t('trading.disputes.filedLate')}</Tag>}
    </Space>
  )
  return (
    <Card title={t('trading.disputes.title')}>
      <ErrorAlert error={disputes.error ?? file.error ?? answer.error ?? accept.error} />
      {kinds.length > 0 && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 16, rowGap: 8 }}
          onFinish={(v: Record<string, string>) =>
            file.mutate(
              {
                projectId: v.projectId!,
                body: {
                  kind: v.kind as DisputeKind,
                  complainant: v.complainant!,
                  summary: v.summary!,
                  filedOn: v.filedOn!,
                  ...(v.knownOn ? { knownOn: v.knownOn } : {}),
                },
              },
              { onSuccess: () => form.resetFields() },
            )
          }
        >
          <Form.Item
            name="projectId"
            rules={[{ required: true }]}
            label={t('trading.disputes.projectConcerned')}
          >
            <Select
              style={{ minWidth: 220 }}
              options={projects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="kind"
            rules={[{ required: true }]}
            label={t('trading.fields.kind')}
            initialValue={kinds[0]}
          >
            <Select options={kinds.map((k) => ({ value: k, label: t(`trading.disputes.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="complainant"
            rules={[{ required: true }]}
            label={t('trading.disputes.complainant')}
          >
            <Input />
          </Form.Item>
          <Form.Item name="summary" rules={[{ required: true }]} label={t('trading.disputes.summary')}>
            <Input />
          </Form.Item>
          <Form.Item name="filedOn" rules={[{ required: true }]} label={t('trading.disputes.filedOn')}>
            <DayPicker />
          </Form.Item>
          <Form.Item name="knownOn" label={t('trading.disputes.knownOn')}>
            <DayPicker />
          </Form.Item>
          <Button htmlType="submit" loading={file.isPending}>
            {t('trading.disputes.record')}
          </Button>
        </Form>
      )}
      <Table<DisputeResponse>
        rowKey="id"
        size="small"
        loading={disputes.isLoading}
        dataSource={disputes.data ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('trading.fields.project'), render: (_, d) => <bdi>{d.projectCode}</bdi> },
          { title: t('trading.fields.kind'), render: (_, d) => t(`trading.disputes.kinds.${d.kind}`) },
          {
            title: t('trading.disputes.complainant'),
            render: (_, d) => <bdi lang="zh-CN">{d.complainant}</bdi>,
          },
          { title: t('trading.disputes.filedOn'), dataIndex: 'filedOn' },
          {
            title: t('trading.disputes.dueOn'),
            render: (_, d) => (
              <span>
                {d.dueOn} <bdi>({d.basis})</bdi>
              </span>
            ),
          },
          { title: t('trading.fields.status'), render: (_, d) => state(d) },
          {
            title: t('trading.disputes.answer'),
            render: (_, d) => {
              if (isClosed(d))
                return (
                  <span>
                    {d.outcome ? `${t(`trading.disputes.outcomes.${d.outcome}`)}: ` : ''}
                    <bdi lang="zh-CN">{d.answer}</bdi>
                  </span>
                )
              if (!kinds.includes(d.kind)) return null
              // before acceptance a works complaint can only be not accepted (不予受理)
              const outcomes = awaitsAcceptance(d)
                ? (['rejected'] as const)
                : d.status === 'accepted'
                  ? complaintOutcomes.filter((o) => o !== 'rejected')
                  : complaintOutcomes
              if (answering?.id !== d.id)
                return (
                  <Space wrap>
                    {awaitsAcceptance(d) && (
                      <Button
                        size="small"
                        loading={accept.isPending}
                        onClick={() => accept.mutate({ id: d.id, body: { acceptedOn: centerDay() } })}
                      >
                        {t('trading.disputes.accept')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => setAnswering({ id: d.id, text: '' })}>
                      {t(d.kind === 'complaint' ? 'trading.disputes.decide' : 'trading.disputes.reply')}
                    </Button>
                  </Space>
                )
              return (
                <Space wrap>
                  <Input
                    aria-label={t('trading.disputes.answer')}
                    value={answering.text}
                    onChange={(e) => setAnswering({ ...answering, text: e.target.value })}
                  />
                  {d.kind === 'complaint' && (
                    <Select
                      aria-label={t('trading.disputes.outcome')}
                      style={{ minWidth: 120 }}
                      value={answering.outcome}
                      onChange={(o: string) => setAnswering({ ...answering, outcome: o })}
                      options={outcomes.map((o) => ({
                        value: o,
                        label: t(`trading.disputes.outcomes.${o}`),
                      }))}
                    />
                  )}
                  <Button
                    size="small"
                    type="primary"
                    loading={answer.isPending}
                    disabled={!answering.text || (d.kind === 'complaint' && !answering.outcome)}
                    onClick={() =>
                      answer.mutate(
                        {
                          id: d.id,
                          body: {
                            answer: answering.text,
                            ...(d.kind === 'complaint'
                              ? { outcome: answering.outcome as (typeof complaintOutcomes)[number] }
                              : {}),
                          },
                        },
                        { onSuccess: () => setAnswering(null) },
                      )
                    }
                  >
                    {t('common.save')}
                  </Button>
                </Space>
              )
            },
          },
        ]}
      />
    </Card>
  )
}
