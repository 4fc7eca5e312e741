import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons'
import type { CaseDetail } from '@yimin/shared'
import { Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocalName } from '../../components/names'

type Material = CaseDetail['materials'][number]

const statusLook: Record<Material['status'], { color: string; icon: React.ReactNode }> = {
  submitted: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  supplied: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  deferred: { color: 'warning', icon: <ClockCircleOutlined aria-hidden /> },
  missing: { color: 'error', icon: <ExclamationCircleOutlined aria-hidden /> },
  // issued by an earlier matter of the same bundle: nobody brings it
  awaited: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
}

/** "必交" / "选交" / "容缺" in words. */
export function materialKind(
  m: { isRequired: boolean; isDeferrable: boolean },
  t: (k: string) => string,
): string {
  if (!m.isRequired) return t('case.materialOptional')
  return m.isDeferrable
    ? `${t('case.materialRequired')} · ${t('case.materialDeferrable')}`
    : t('case.materialRequired')
}

/** The case's materials with their status and, for 容缺 ones, the supply deadline. */
export function CaseMaterials({ materials }: { materials: CaseDetail['materials'] }) {
  const { t } = useTranslation()
  const name = useLocalName()
  return (
    <Table<Material>
      size="small"
      rowKey="position"
      pagination={false}
      dataSource={materials}
      scroll={{ x: true }}
      columns={[
        { title: t('guide.no'), dataIndex: 'position', width: 56, render: (p: number) => p + 1 },
        { title: t('guide.materialName'), key: 'name', render: (_, m) => <bdi>{name(m)}</bdi> },
        { title: t('case.materialKind'), key: 'kind', render: (_, m) => materialKind(m, t) },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          render: (s: Material['status'], m) =>
            s === 'missing' && !m.isRequired ? (
              <Tag>{t('case.materialNotHanded')}</Tag>
            ) : (
              <Tag color={statusLook[s].color} icon={statusLook[s].icon}>
                {t(`case.materialStatus.${s}`)}
              </Tag>
            ),
        },
        { title: t('case.supplyDueOn'), dataIndex: 'supplyDueOn', render: (d: string | null) => d ?? '—' },
      ]}
    />
  )
}
