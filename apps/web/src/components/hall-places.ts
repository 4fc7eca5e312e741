import type { Hall } from '@yimin/shared'
import type { TFunction } from 'i18next'
import { localName } from './names'

export interface Place {
  id: string
  label: string
}

/** Areas as "2F · 综合业务区", in floor order, over every hall. */
export function areaPlaces(halls: readonly Hall[], language: string, t: TFunction): Place[] {
  return halls.flatMap((hall) =>
    [...hall.areas]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((area) => {
        const floor = hall.floors.find((f) => f.id === area.floorId)
        const floorLabel = floor ? t('hallPlace.floor', { n: floor.number }) : ''
        return { id: area.id, label: [floorLabel, localName(area, language)].filter(Boolean).join(' · ') }
      }),
  )
}

/** Windows as "5 号窗口 · 2F · 综合业务区". */
export function windowPlaces(halls: readonly Hall[], language: string, t: TFunction): Place[] {
  const areas = new Map(areaPlaces(halls, language, t).map((a) => [a.id, a.label]))
  return halls.flatMap((hall) =>
    [...hall.windows]
      .sort((a, b) => a.number - b.number)
      .map((w) => ({
        id: w.id,
        label: [t('hallPlace.window', { n: w.number }), areas.get(w.areaId)].filter(Boolean).join(' · '),
      })),
  )
}
