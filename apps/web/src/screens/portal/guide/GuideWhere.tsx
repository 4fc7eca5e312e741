import type { Hall, MatterGuide } from '@yimin/shared'
import { Descriptions } from 'antd'
import { useTranslation } from 'react-i18next'
import { useHalls } from '../../../api/org'
import { useLocalName } from '../../../components/names'
import { OpeningHoursText } from '../../admin/hall/HallInfoCard'

/** Where the matter is handled: the hall, floor, area and the windows serving its department. */
export function GuideWhere({ guide }: { guide: MatterGuide }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const halls = useHalls()
  const doc = guide.document
  const found = findArea(halls.data ?? [], guide.hallArea?.id ?? null)
  const hall = found?.hall ?? halls.data?.[0] ?? null
  const floor = found ? hall?.floors.find((f) => f.id === found.area.floorId) : undefined
  const windows = (hall?.windows ?? [])
    .filter((w) => w.isActive && (found ? w.areaId === found.area.id : true) && (w.departmentIds.includes(doc.departmentId) || (guide.queueCategory && w.categoryIds.includes(guide.queueCategory.id))))
    .sort((a, b) => a.number - b.number)
  return (
    <Descriptions column={1} size="small" bordered className="yimin-print-table">
      {hall && (
        <Descriptions.Item label={t('guide.hall')}>
          <bdi>{name(hall)}</bdi> · <bdi>{hall.address}</bdi>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('guide.floorArea')}>
        {found ? (
          <>
            {floor && `${t('hallPlace.floor', { n: floor.number })} · `}
            <bdi>{name(found.area)}</bdi>
          </>
        ) : guide.hallArea ? (
          <bdi>{guide.hallArea.name}</bdi>
        ) : (
          t('guide.askInformation')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('guide.windows')}>{windows.length > 0 ? windows.map((w) => t('hallPlace.window', { n: w.number })).join(t('common.listSeparator')) : '—'}</Descriptions.Item>
      {guide.queueCategory && (
        <Descriptions.Item label={t('guide.queueCategory')}>
          {t('guide.ticketPrefix', { prefix: guide.queueCategory.prefix })} · <bdi>{guide.queueCategory.name}</bdi>
        </Descriptions.Item>
      )}
      {doc.locationNote && <Descriptions.Item label={t('guide.locationNote')}>{doc.locationNote}</Descriptions.Item>}
      {hall && (
        <Descriptions.Item label={t('guide.openingHours')}>
          <OpeningHoursText hours={hall.openingHours} />
        </Descriptions.Item>
      )}
    </Descriptions>
  )
}

function findArea(halls: readonly Hall[], areaId: string | null) {
  if (!areaId) return null
  for (const hall of halls) {
    const area = hall.areas.find((a) => a.id === areaId)
    if (area) return { hall, area }
  }
  return null
}
