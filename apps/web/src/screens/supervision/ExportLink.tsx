import { FileExcelOutlined } from '@ant-design/icons'
import type { ExportTable } from '@yimin/shared'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { exportUrl, type Period } from '../../api/supervision'

/** A download link of a dashboard table as Excel (the server builds the .xlsx). */
export function ExportLink({ table, period, name }: { table: ExportTable; period?: Period; name: string }) {
  const { t } = useTranslation()
  return (
    <Button href={exportUrl(table, period)} download icon={<FileExcelOutlined aria-hidden />}>
      {t('supervision.export', { name })}
    </Button>
  )
}
