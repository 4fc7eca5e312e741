import type { FeeItem, Material } from '@yimin/shared'
import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocalName } from '../../../components/names'
import { ScrollRegion } from '../../../components/ScrollRegion'

/** The materials table (申请材料): form, copies, required or not, 容缺 with its supply limit. */
export function MaterialsTable({ materials }: { materials: readonly Material[] }) {
  const { t } = useTranslation()
  const name = useLocalName()
  if (materials.length === 0) return <Typography.Paragraph>{t('guide.noMaterials')}</Typography.Paragraph>
  return (
    <ScrollRegion label={t('guide.materials')}>
      <Table<Material & { n: number }>
        className="yimin-print-table"
        rowKey="n"
        size="small"
        pagination={false}
        dataSource={materials.map((m, i) => ({ ...m, n: i + 1 }))}
        columns={[
          { title: t('guide.no'), key: 'n', render: (_, m) => m.n, width: 48 },
          {
            title: t('guide.materialName'),
            key: 'name',
            render: (_, m) => (
              <>
                <bdi>{name(m)}</bdi>
                {m.note && <div className="yimin-muted">{m.note}</div>}
              </>
            ),
          },
          { title: t('guide.form'), key: 'form', render: (_, m) => t(`matter.forms.${m.form}`) },
          { title: t('guide.copies'), key: 'copies', render: (_, m) => m.copies },
          {
            title: t('guide.required'),
            key: 'required',
            render: (_, m) => (m.isRequired ? t('guide.isRequired') : t('guide.isOptional')),
          },
          {
            title: t('guide.deferrable'),
            key: 'deferrable',
            render: (_, m) =>
              m.isDeferrable
                ? t('guide.deferrableWithin', { days: m.deferralDays ?? '—' })
                : t('guide.notDeferrable'),
          },
          { title: t('guide.source'), key: 'source', render: (_, m) => m.source || '—' },
        ]}
      />
    </ScrollRegion>
  )
}

/** Fees with their legal basis; most matters are free (不收费). */
export function FeesTable({ fees }: { fees: readonly FeeItem[] }) {
  const { t, i18n } = useTranslation()
  const paid = fees.filter((f) => f.amount > 0)
  if (paid.length === 0) return <Typography.Paragraph strong>{t('guide.free')}</Typography.Paragraph>
  const money = new Intl.NumberFormat(i18n.language === 'ug' ? 'zh-CN' : i18n.language, {
    style: 'currency',
    currency: 'CNY',
  })
  return (
    <ScrollRegion label={t('guide.fees')}>
      <Table<FeeItem & { n: number }>
        className="yimin-print-table"
        rowKey="n"
        size="small"
        pagination={false}
        dataSource={fees.map((f, i) => ({ ...f, n: i + 1 }))}
        columns={[
          { title: t('guide.feeName'), key: 'name', render: (_, f) => <bdi>{f.name}</bdi> },
          {
            title: t('guide.amount'),
            key: 'amount',
            render: (_, f) =>
              f.amount === 0 ? t('guide.free') : `${money.format(f.amount)}${f.unit ? ` / ${f.unit}` : ''}`,
          },
          { title: t('guide.feeBasis'), key: 'basis', render: (_, f) => f.legalBasis || '—' },
        ]}
      />
    </ScrollRegion>
  )
}
