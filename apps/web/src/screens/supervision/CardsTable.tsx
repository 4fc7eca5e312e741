import type { SupervisionCard } from '@yimin/shared'
import { Button, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useAnswerCard, useCloseCard } from '../../api/supervision'
import { formatDateTime } from '../../components/format'
import { useDepartmentName } from '../cases/useDepartmentName'
import { CardTag } from './AlertStatusTag'
import { History } from './History'
import { canDo } from './supervision-rights'
import { TextStepModal } from './TextStepModal'

/** Cards with their reason, answer and kept steps; department staff answer an issued card, a supervisor closes an answered one. */
export function CardsTable({
  cards,
  loading,
  me,
}: {
  cards: SupervisionCard[]
  loading: boolean
  me: StaffMe
}) {
  const { t, i18n } = useTranslation()
  const department = useDepartmentName()
  const [answering, setAnswering] = useState<string | null>(null)
  const [closing, setClosing] = useState<string | null>(null)
  const answer = useAnswerCard()
  const close = useCloseCard()
  const canAnswer = canDo(me, 'supervision.answer')
  const canClose = canDo(me, 'supervision.manage')
  return (
    <>
      <Table<SupervisionCard>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={cards}
        scroll={{ x: true }}
        locale={{ emptyText: t('supervision.cards.none') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (c) => <History steps={c.history} />,
          columnTitle: t('supervision.history.title'),
        }}
        columns={[
          {
            title: t('supervision.cards.colour'),
            key: 'colour',
            render: (_, c) => <CardTag colour={c.colour} status={c.status} />,
          },
          {
            title: t('supervision.cards.target'),
            key: 'target',
            render: (_, c) =>
              `${t(`supervision.cards.targets.${c.targetKind}`)} · ${department(c.departmentId)}`,
          },
          { title: t('supervision.cards.reason'), dataIndex: 'reason' },
          {
            title: t('supervision.alerts.case'),
            key: 'case',
            // the server's link: a card on a trading alert opens the alert's screen (its case id
            // is a project's, which has no page), any other its case
            render: (_, c) =>
              c.link ? (
                <Link to={c.link}>
                  {t(c.link.startsWith('/cases/') ? 'supervision.cards.openCase' : 'supervision.alerts.open')}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            title: t('supervision.cards.issuedAt'),
            key: 'at',
            render: (_, c) => formatDateTime(c.issuedAt, i18n.language),
          },
          { title: t('supervision.alerts.answer'), key: 'answer', render: (_, c) => c.answer ?? '—' },
          {
            title: t('supervision.cards.closeReason'),
            key: 'closeReason',
            render: (_, c) => c.closeReason ?? '—',
          },
          ...(canAnswer || canClose
            ? [
                {
                  title: t('common.actions'),
                  key: 'act',
                  render: (_: unknown, c: SupervisionCard) =>
                    c.status === 'issued' && canAnswer ? (
                      <Button type="primary" onClick={() => setAnswering(c.id)}>
                        {t('supervision.cards.answer')}
                      </Button>
                    ) : c.status === 'answered' && canClose ? (
                      <Button type="primary" onClick={() => setClosing(c.id)}>
                        {t('supervision.cards.close')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <TextStepModal
        open={answering !== null}
        title={t('supervision.cards.answer')}
        label={t('supervision.alerts.answerLabel')}
        isRequired
        mutation={{
          ...answer,
          mutateAsync: (text) => answer.mutateAsync({ id: answering ?? '', answer: text ?? '' }),
        }}
        onClose={() => setAnswering(null)}
      />
      <TextStepModal
        open={closing !== null}
        title={t('supervision.cards.close')}
        label={t('supervision.cards.closeReasonLabel')}
        isRequired
        mutation={{
          ...close,
          mutateAsync: (text) => close.mutateAsync({ id: closing ?? '', reason: text ?? '' }),
        }}
        onClose={() => setClosing(null)}
      />
    </>
  )
}
