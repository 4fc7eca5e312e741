import { Col, Empty, Row } from 'antd'
import { lazy, Suspense, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useWindowTable } from '../../api/supervision'
import { useWall } from '../../api/wall'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { useLocalName } from '../../components/names'
import { palette } from '../../theme/tokens'
import { periodOf } from './period'

const BarsChart = lazy(() => import('./BarsChart'))

/** Light colours readable on white, with the figures' colour inside each bar. */
const lights = {
  red: { colour: palette.error, label: '#ffffff' },
  yellow: { colour: '#f0b400', label: palette.text },
  green: { colour: palette.success, label: '#ffffff' },
} as const

/**
 * The supervisor's charts (issue 21 point 2): where people would rather look than read. Lights
 * by department (open cases now), satisfaction by window (this month) and queue waits by hour
 * (the last days); the tables below and on the performance tab hold the same figures.
 */
export function OverviewCharts() {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const isRtl = i18n.dir() === 'rtl'
  const wall = useWall()
  const windows = useWindowTable(periodOf('month'))
  const departments = useMemo(
    () => (wall.data?.departments ?? []).filter((d) => d.green + d.yellow + d.red > 0),
    [wall.data],
  )
  const lightSeries = useMemo(
    () =>
      (['red', 'yellow', 'green'] as const).map((light) => ({
        name: t(`wall.lights.${light}`),
        values: departments.map((d) => d[light]),
        colour: lights[light].colour,
        labelColour: lights[light].label,
      })),
    [departments, t],
  )
  const rated = useMemo(
    () => (windows.data?.rows ?? []).filter((w) => w.satisfaction !== null),
    [windows.data],
  )
  const windowLabel = (w: (typeof rated)[number]) =>
    w.number === null ? name(w) : t('supervision.figures.windowNumbered', { number: w.number, name: name(w) })
  const satisfactionSeries = useMemo(
    () => [
      {
        name: t('supervision.figures.satisfaction'),
        values: rated.map((w) => w.satisfaction),
        colour: palette.primary,
      },
    ],
    [rated, t],
  )
  // mean wait by hour of arrival over the wall's days, weighted by tickets
  const waits = useMemo(() => {
    const byHour = new Map<number, { minutes: number; tickets: number }>()
    for (const c of wall.data?.queueWaits.cells ?? []) {
      const h = byHour.get(c.hour) ?? { minutes: 0, tickets: 0 }
      h.minutes += c.meanWaitMinutes * c.tickets
      h.tickets += c.tickets
      byHour.set(c.hour, h)
    }
    return [...byHour.entries()]
      .filter(([, h]) => h.tickets > 0)
      .sort(([a], [b]) => a - b)
      .map(([hour, h]) => ({ hour, minutes: Math.round(h.minutes / h.tickets) }))
  }, [wall.data])
  const waitSeries = useMemo(
    () => [{ name: t('wall.waits.minutes'), values: waits.map((w) => w.minutes), colour: palette.warning }],
    [waits, t],
  )
  const days = wall.data?.queueWaits.days.length ?? 0
  if (wall.isPending) return <Loading />
  return (
    <>
      <ErrorAlert error={wall.error ?? windows.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ChartBox
            title={t('wall.lights.title')}
            isEmpty={departments.length === 0}
            empty={t('wall.lights.none')}
          >
            <BarsChart
              categories={departments.map((d) => name(d))}
              series={lightSeries}
              isStacked
              isRtl={isRtl}
              label={t('wall.lights.chart', { n: departments.length })}
              height={Math.max(200, 40 + departments.length * 30)}
            />
          </ChartBox>
        </Col>
        <Col xs={24} xl={8}>
          <ChartBox
            title={t('supervision.charts.satisfactionByWindow')}
            isEmpty={rated.length === 0}
            empty={t('supervision.charts.noRatings')}
          >
            <BarsChart
              categories={rated.map(windowLabel)}
              series={satisfactionSeries}
              max={100}
              isRtl={isRtl}
              label={t('supervision.charts.satisfactionByWindowLabel', { n: rated.length })}
              height={Math.max(200, 20 + rated.length * 30)}
            />
          </ChartBox>
        </Col>
        <Col xs={24} xl={8}>
          <ChartBox title={t('wall.waits.title')} isEmpty={waits.length === 0} empty={t('wall.waits.none')}>
            <BarsChart
              categories={waits.map((w) => `${String(w.hour).padStart(2, '0')}:00`)}
              series={waitSeries}
              isRtl={isRtl}
              label={t('supervision.charts.waitsLabel', { days })}
              height={Math.max(200, 20 + waits.length * 30)}
            />
          </ChartBox>
        </Col>
      </Row>
    </>
  )
}

function ChartBox({
  title,
  isEmpty,
  empty,
  children,
}: {
  title: string
  isEmpty: boolean
  empty: string
  children: React.ReactNode
}) {
  return (
    <section aria-label={title}>
      <h3 style={{ fontSize: 16, margin: '0 0 8px' }}>{title}</h3>
      {isEmpty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <Suspense fallback={<Loading />}>{children}</Suspense>
      )}
    </section>
  )
}
