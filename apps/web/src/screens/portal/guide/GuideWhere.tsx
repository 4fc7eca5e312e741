import type { MatterGuide } from '@yimin/shared'
import { Descriptions } from 'antd'
import { useTranslation } from 'react-i18next'
import { useHalls } from '../../../api/org'
import { useLocalName, useLocalized } from '../../../components/names'
import { OpeningHoursText } from '../../admin/hall/HallInfoCard'
import { whereToGo } from '../../hall-guide/hall-directory'

/** Where the matter is handled: the hall, floor, area and the windows serving its department. */
export function GuideWhere({ guide }: { guide: MatterGuide }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const local = useLocalized()
  const halls = useHalls()
  const doc = guide.document
  // one answer to "where do I go" for the guide, the hall guide and the kiosk (hall-directory.ts)
  const answer = whereToGo(halls.data ?? [], {
    areaId: guide.hallArea?.id ?? null,
    departmentId: doc.departmentId,
    queueCategoryId: guide.queueCategory?.id ?? null,
  })
  const hall = answer?.hall ?? halls.data?.[0] ?? null
  const found = answer?.area ? { area: answer.area } : null
  const floor = answer?.floor ?? undefined
  const windows = answer?.windows ?? []
  return (
    <Descriptions column={1} size="small" bordered className="yimin-print-table">
      {hall && (
        <Descriptions.Item label={t('guide.hall')}>
          <bdi>{name(hall)}</bdi> · <bdi>{local(hall.address)}</bdi>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('guide.floorArea')}>
        {found ? (
          <>
            {floor && `${t('hallPlace.floor', { n: floor.number })} · `}
            <bdi>{name(found.area)}</bdi>
          </>
        ) : guide.hallArea ? (
          <bdi>{name(guide.hallArea)}</bdi>
        ) : (
          t('guide.askInformation')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('guide.windows')}>
        {windows.length > 0
          ? windows.map((w) => t('hallPlace.window', { n: w.number })).join(t('common.listSeparator'))
          : '—'}
      </Descriptions.Item>
      {guide.queueCategory && (
        <Descriptions.Item label={t('guide.queueCategory')}>
          {t('guide.ticketPrefix', { prefix: guide.queueCategory.prefix })} ·{' '}
          <bdi>{name(guide.queueCategory)}</bdi>
        </Descriptions.Item>
      )}
      {doc.locationNote && (
        <Descriptions.Item label={t('guide.locationNote')}>{doc.locationNote}</Descriptions.Item>
      )}
      {hall && (
        <Descriptions.Item label={t('guide.openingHours')}>
          <OpeningHoursText hours={hall.openingHours} />
        </Descriptions.Item>
      )}
    </Descriptions>
  )
}
