import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons'
import type { AppealResponse, AppealStatus } from '@yimin/shared'
import { Button, Form, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FormModal } from '../../components/FormModal'
import { formatDateTime } from '../../components/format'
import { LevelTag } from './levels'
import { useAppeals, useDecideAppeal } from '../../api/ratings'

const look: Record<AppealStatus, { color: string; icon: React.ReactNode }> = {
  pending: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
  upheld: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  rejected: { color: 'default', icon: <CloseCircleOutlined aria-hidden /> },
}

/**
 * The supervisor's appeal decisions (差评申诉): upheld takes the bad rating out of the
 * satisfaction figures and closes its rectification; rejected leaves both as they are.
 */
export function AppealDecisions({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<AppealStatus | undefined>('pending')
  const [deciding, setDeciding] = useState<{
    appeal: AppealResponse
    decision: 'upheld' | 'rejected'
  } | null>(null)
  const list = useAppeals(status)
  const decide = useDecideAppeal()
  return (
    <Shell me={me} title={t('ratings.appeals.title')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <label htmlFor="appeal-status">{t('ratings.worklist.show')}</label>
        <Select<AppealStatus | 'all'>
          id="appeal-status"
          style={{ minWidth: 160 }}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : v)}
          options={[
            ...(['pending', 'upheld', 'rejected'] as const).map((s) => ({
              value: s,
              label: t(`ratings.appealStatus.${s}`),
            })),
            { value: 'all' as const, label: t('ratings.worklist.all') },
          ]}
        />
      </Space>
      <ErrorAlert error={list.error} style={{ marginBottom: 12 }} />
      <Table<AppealResponse>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('ratings.appeals.none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('ratings.worklist.subject'),
            dataIndex: 'subjectLabel',
            render: (s: string) => <bdi>{s}</bdi>,
          },
          {
            title: t('ratings.worklist.level'),
            key: 'level',
            render: (_, a) => <LevelTag level={a.level} />,
          },
          {
            title: t('ratings.worklist.comment'),
            dataIndex: 'comment',
            render: (c: string | null) => c ?? '—',
          },
          { title: t('ratings.worklist.department'), dataIndex: 'departmentName' },
          { title: t('ratings.appeals.reason'), dataIndex: 'reason' },
          {
            title: t('ratings.appeals.filedAt'),
            key: 'filedAt',
            render: (_, a) => formatDateTime(a.filedAt, i18n.language),
          },
          {
            title: t('ratings.worklist.status'),
            key: 'status',
            render: (_, a) => (
              <Tag color={look[a.status].color} icon={look[a.status].icon}>
                {t(`ratings.appealStatus.${a.status}`)}
              </Tag>
            ),
          },
          {
            title: t('ratings.worklist.actions'),
            key: 'actions',
            render: (_, a) =>
              a.status === 'pending' ? (
                <Space wrap>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDeciding({ appeal: a, decision: 'upheld' })}
                  >
                    {t('ratings.appeals.uphold')}
                  </Button>
                  <Button size="small" onClick={() => setDeciding({ appeal: a, decision: 'rejected' })}>
                    {t('ratings.appeals.reject')}
                  </Button>
                </Space>
              ) : (
                a.decisionNote
              ),
          },
        ]}
      />
      <FormModal<{ note: string }>
        open={deciding !== null}
        title={
          deciding
            ? t(deciding.decision === 'upheld' ? 'ratings.appeals.uphold' : 'ratings.appeals.reject')
            : ''
        }
        initialValues={{}}
        mutation={decide}
        onSubmit={(v) =>
          decide.mutateAsync({ id: deciding!.appeal.id, decision: deciding!.decision, note: v.note.trim() })
        }
        onClose={() => setDeciding(null)}
      >
        <p>
          {deciding?.decision === 'upheld'
            ? t('ratings.appeals.upholdMeans')
            : t('ratings.appeals.rejectMeans')}
        </p>
        <Form.Item
          name="note"
          label={t('ratings.appeals.note')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Shell>
  )
}
