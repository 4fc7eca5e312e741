import { ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons'
import type { Department, Hall } from '@yimin/shared'
import { useTranslation } from 'react-i18next'
import { useDepartments, useHalls } from '../../api/org'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { useLocalName, useLocalized } from '../../components/names'
import { OpeningHoursText } from '../admin/hall/HallInfoCard'
import { hallDirectory } from './hall-directory'
import { WhereFinder } from './WhereFinder'
import './hall-guide.css'

type Facility = Hall['facilities'][number]

function FacilityList({ facilities }: { facilities: readonly Facility[] }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const local = useLocalized()
  if (facilities.length === 0) return null
  return (
    <ul className="hall-facilities" aria-label={t('hallGuide.facilities')}>
      {facilities.map((f) => (
        <li key={f.id}>
          <strong>
            <bdi>{name(f)}</bdi>
          </strong>{' '}
          <span className="hall-facility-kind">({t(`facilityKinds.${f.kind}`)})</span>
          {f.hours && (
            <span className="hall-facility-hours">
              {' '}
              · <ClockCircleOutlined aria-hidden />{' '}
              <span className="yimin-sr-only">{t('hallGuide.hours')}</span>
              <bdi>{f.hours}</bdi>
            </span>
          )}
          {f.note && (
            <span>
              {' '}
              · <bdi>{local(f.note)}</bdi>
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

function HallMap({ hall, departments }: { hall: Hall; departments: ReadonlyMap<string, Department> }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const local = useLocalized()
  const directory = hallDirectory(hall)
  return (
    <section className="hall-map" aria-labelledby={`hall-${hall.id}`}>
      <h3 id={`hall-${hall.id}`}>
        <EnvironmentOutlined aria-hidden /> <bdi>{name(hall)}</bdi>
      </h3>
      <p className="hall-address">
        <bdi>{local(hall.address)}</bdi>
      </p>
      <div className="hall-hours">
        <strong>{t('guide.openingHours')}</strong> <OpeningHoursText hours={hall.openingHours} />
      </div>
      {directory.floors.map(({ floor, areas, facilities }) => (
        <section key={floor.id} className="hall-floor" aria-labelledby={`floor-${floor.id}`}>
          <h4 id={`floor-${floor.id}`}>
            {t('hallPlace.floor', { n: floor.number })} · <bdi>{name(floor)}</bdi>
          </h4>
          <ul className="hall-areas">
            {areas.map(({ area, windows, departmentIds, facilities: areaFacilities }) => (
              <li key={area.id} className="hall-area">
                <p className="hall-area-name">
                  <bdi>{name(area)}</bdi>
                </p>
                {windows.length > 0 && (
                  <p>
                    <span className="hall-label">{t('guide.windows')}</span>{' '}
                    {windows
                      .map((w) => t('hallPlace.window', { n: w.number }))
                      .join(t('common.listSeparator'))}
                  </p>
                )}
                {departmentIds.length > 0 && (
                  <p>
                    <span className="hall-label">{t('hallGuide.departments')}</span>{' '}
                    {departmentIds
                      .map((id) => departments.get(id))
                      .filter((d): d is Department => d !== undefined)
                      .map((d) => (
                        <bdi key={d.id} className="hall-dept">
                          {name(d)}
                        </bdi>
                      ))}
                  </p>
                )}
                <FacilityList facilities={areaFacilities} />
              </li>
            ))}
          </ul>
          <FacilityList facilities={facilities} />
        </section>
      ))}
      {directory.facilities.length > 0 && (
        <section className="hall-floor" aria-labelledby={`hall-${hall.id}-around`}>
          <h4 id={`hall-${hall.id}-around`}>{t('hallGuide.around')}</h4>
          <FacilityList facilities={directory.facilities} />
        </section>
      )}
    </section>
  )
}

/**
 * The hall guide (大厅导航) for the kiosk and the portal, from the hall model the administrator
 * edits: where to go for a matter, then every floor with its areas, windows, departments and
 * convenience facilities with their hours.
 */
export function HallGuide({ variant }: { variant: 'kiosk' | 'portal' }) {
  const halls = useHalls()
  const departments = useDepartments()
  const byId = new Map((departments.data ?? []).map((d) => [d.id, d]))
  if (halls.isPending) return <Loading />
  if (halls.isError) return <ErrorAlert error={halls.error} />
  return (
    <div className={`hall-guide hall-guide-${variant}`}>
      <WhereFinder halls={halls.data} isKiosk={variant === 'kiosk'} />
      {halls.data.map((hall) => (
        <HallMap key={hall.id} hall={hall} departments={byId} />
      ))}
    </div>
  )
}
