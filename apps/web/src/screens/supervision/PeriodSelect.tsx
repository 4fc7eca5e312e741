import { Select } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { periodChoices, type PeriodChoice } from './period'

/** The period a table or chart covers: this month, quarter, year, or the last 12 months. */
export function PeriodSelect({
  value,
  onChange,
}: {
  value: PeriodChoice
  onChange: (v: PeriodChoice) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <label htmlFor={id}>{t('supervision.period.label')}</label>
      <Select<PeriodChoice>
        id={id}
        value={value}
        onChange={onChange}
        style={{ minWidth: 140 }}
        options={periodChoices.map((c) => ({ value: c, label: t(`supervision.period.${c}`) }))}
      />
    </span>
  )
}
