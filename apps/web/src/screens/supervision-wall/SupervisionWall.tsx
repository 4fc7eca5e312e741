import { useQueryClient } from '@tanstack/react-query'
import type { SupervisionWall as Wall } from '@yimin/shared'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { useEventStream, type StreamStatus } from '../../api/events'
import { useCenterTimeZone } from '../../api/center'
import { useOpenings } from '../../api/trading'
import { useWall, wallKey } from '../../api/wall'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { centerTime } from '../../components/format'
import { useLocalName } from '../../components/names'
import { useClock } from '../../components/useClock'
import { useDeviceStream } from '../../components/useDeviceStream'
import { DepartmentLightsChart, SatisfactionTrend, WaitHeatmap } from './WallCharts'
import { wallColours } from './wall-colours'
import './wall.css'
import { useDeviceLabel } from '../../components/deviceLabel'

const wallChannels = ['wall']
/** as many comments as fit their panel at 1920×1080 (in Uyghur too) */
const commentsShown = 2

/** The wall on a wall display device (its own device channel comes along). */
export function DeviceWall({ me }: { me: DeviceMe }) {
  const refresh = useRefresh()
  const deviceLabel = useDeviceLabel()
  const status = useDeviceStream(me, wallChannels, { 'supervision.changed': refresh })
  return <SupervisionWall status={status} footer={deviceLabel(me)} />
}

/** The wall opened by a supervisor of every department in a browser. */
export function StaffWall() {
  const refresh = useRefresh()
  const status = useEventStream(wallChannels, { 'supervision.changed': refresh })
  return <SupervisionWall status={status} footer={null} />
}

function useRefresh() {
  const client = useQueryClient()
  return () => void client.invalidateQueries({ queryKey: wallKey })
}

/**
 * The supervision wall (数据大屏): one 1920×1080 screen read from across the room — cases today
 * and this month, lights per department, the red list, queue waits by hour, satisfaction and
 * comments, the trading center's openings. Aggregates only (the server sends nothing personal).
 */
function SupervisionWall({ status, footer }: { status: StreamStatus; footer: string | null }) {
  const { t, i18n } = useTranslation()
  const wall = useWall()
  const client = useQueryClient()
  // after a reconnect the figures are fetched again
  const wasOpen = useRef(false)
  useEffect(() => {
    if (status === 'open' && wasOpen.current) void client.invalidateQueries({ queryKey: wallKey })
    if (status === 'open') wasOpen.current = true
  }, [status, client])
  const now = useClock()
  const timeZone = useCenterTimeZone()
  const time = new Intl.DateTimeFormat(i18n.language === 'ug' ? 'sv-SE' : i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(now)
  const w = wall.data
  return (
    <main className="wall" aria-labelledby="wall-title" data-testid="supervision-wall">
      <header className="wall-top">
        <h1 id="wall-title">{t('wall.title')}</h1>
        <span className="wall-sub">{t('app.centerName')}</span>
        <span className="wall-clock">
          {w && <bdi dir="ltr">{w.today}</bdi>} <bdi dir="ltr">{time}</bdi>
        </span>
      </header>
      {!w ? (
        <p className="wall-empty" role={wall.isError ? 'alert' : 'status'}>
          {wall.isError ? t('wall.unavailable') : t('wall.loading')}
        </p>
      ) : (
        <WallBody w={w} />
      )}
      <footer className="wall-foot">
        {footer ? <bdi>{footer}</bdi> : <span>{t('wall.aggregatesOnly')}</span>}
        <ConnectionStatus status={status} dark />
      </footer>
    </main>
  )
}

/** How many departments the lights chart shows: each bar keeps a readable name at 1920×1080. */
const WALL_DEPARTMENTS = 15

function WallBody({ w }: { w: Wall }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const isRtl = i18n.dir() === 'rtl'
  const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`)
  const kpis: Array<{ key: string; value: string | number; tone?: 'red' | 'yellow' }> = [
    { key: 'todayReceived', value: w.cases.today.received },
    { key: 'todayCompleted', value: w.cases.today.completed },
    { key: 'monthReceived', value: w.cases.month.received },
    { key: 'monthCompleted', value: w.cases.month.completed },
    { key: 'onTimeRate', value: percent(w.cases.month.onTimeRate) },
    { key: 'open', value: w.cases.open },
    { key: 'yellow', value: w.cases.yellow, tone: 'yellow' },
    { key: 'red', value: w.cases.red, tone: 'red' },
  ]
  // the departments a supervisor looks at first: most red, then yellow, then open cases; as many
  // as the wall shows with every name readable across the room
  const withOpen = w.departments.filter((d) => d.red + d.yellow + d.green > 0)
  const departments = useMemo(
    () =>
      w.departments
        .filter((d) => d.red + d.yellow + d.green > 0)
        .sort(
          (a, b) =>
            b.red - a.red || b.yellow - a.yellow || b.red + b.yellow + b.green - (a.red + a.yellow + a.green),
        )
        .slice(0, WALL_DEPARTMENTS),
    [w.departments],
  )
  const lights = useMemo(
    () => ({
      names: departments.map((d) => name(d)),
      series: [
        { name: t('wall.lights.red'), values: departments.map((d) => d.red), colour: wallColours.red },
        {
          name: t('wall.lights.yellow'),
          values: departments.map((d) => d.yellow),
          colour: wallColours.yellow,
        },
        { name: t('wall.lights.green'), values: departments.map((d) => d.green), colour: wallColours.green },
      ],
    }),
    [departments, name, t],
  )
  const satisfaction = useMemo(
    () => ({ days: w.satisfaction.map((s) => s.day), values: w.satisfaction.map((s) => s.satisfaction) }),
    [w.satisfaction],
  )
  const ratedDays = w.satisfaction.filter((s) => s.satisfaction !== null)
  const latestSatisfaction = ratedDays.at(-1)?.satisfaction ?? null
  const departmentName = (id: string, fallback: string) => {
    const d = w.departments.find((x) => x.departmentId === id)
    return d ? name(d) : fallback
  }
  return (
    <div className="wall-body">
      <ul className="wall-kpis" aria-label={t('wall.kpis')}>
        {kpis.map((k) => (
          <li key={k.key} className={k.tone ? `wall-kpi wall-kpi-${k.tone}` : 'wall-kpi'}>
            <span className="wall-kpi-label">
              {k.tone && <span aria-hidden className={`wall-dot wall-dot-${k.tone}`} />}
              {t(`wall.kpi.${k.key}`)}
            </span>
            <span className="wall-kpi-value" dir="ltr" data-testid={`wall-kpi-${k.key}`}>
              {k.value}
            </span>
          </li>
        ))}
      </ul>
      <section className="wall-panel wall-lights" aria-labelledby="wall-lights">
        <h2 id="wall-lights">{t('wall.lights.title')}</h2>
        {withOpen.length > departments.length && (
          <p className="wall-caption">
            {t('wall.lights.top', { n: departments.length, total: withOpen.length })}
          </p>
        )}
        {departments.length ? (
          <DepartmentLightsChart
            names={lights.names}
            series={lights.series}
            isRtl={isRtl}
            label={t('wall.lights.chart', { n: departments.length })}
          />
        ) : (
          <p className="wall-none">{t('wall.lights.none')}</p>
        )}
      </section>
      <section className="wall-panel wall-heat" aria-labelledby="wall-heat">
        <h2 id="wall-heat">{t('wall.waits.title')}</h2>
        {w.queueWaits.cells.length ? (
          <WaitHeatmap
            days={w.queueWaits.days}
            hours={w.queueWaits.hours}
            cells={w.queueWaits.cells}
            unit={t('wall.waits.minutes')}
            isRtl={isRtl}
            label={t('wall.waits.chart', { days: w.queueWaits.days.length })}
          />
        ) : (
          <p className="wall-none">{t('wall.waits.none')}</p>
        )}
      </section>
      <section className="wall-panel wall-sat" aria-labelledby="wall-sat">
        <h2 id="wall-sat">
          {t('wall.satisfaction.title')}
          {latestSatisfaction !== null && (
            <span className="wall-h2-figure" dir="ltr">
              {latestSatisfaction}%
            </span>
          )}
        </h2>
        {ratedDays.length ? (
          <SatisfactionTrend
            days={satisfaction.days}
            values={satisfaction.values}
            name={t('wall.satisfaction.series')}
            isRtl={isRtl}
            label={t('wall.satisfaction.chart', { days: satisfaction.days.length })}
          />
        ) : (
          <p className="wall-none">{t('wall.satisfaction.none')}</p>
        )}
      </section>
      <section className="wall-panel wall-overdue" aria-labelledby="wall-overdue">
        <h2 id="wall-overdue">
          {t('wall.overdue.title')}
          <span className="wall-h2-figure" dir="ltr">
            {w.overdueTotal}
          </span>
        </h2>
        {w.overdue.length ? (
          <ol className="wall-list" data-testid="wall-overdue">
            {w.overdue.map((o, i) => (
              <li key={i}>
                <span aria-hidden className="wall-dot wall-dot-red" />
                <span className="wall-list-main">{name({ name: o.matterName })}</span>
                <span className="wall-list-meta">
                  {departmentName(o.departmentId, o.departmentName)} · {t('wall.overdue.due')}{' '}
                  <bdi dir="ltr">{o.dueOn}</bdi>
                  {o.isPaused ? ` · ${t('wall.overdue.paused')}` : ''}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="wall-none">{t('wall.overdue.none')}</p>
        )}
      </section>
      <section className="wall-panel wall-comments" aria-labelledby="wall-comments">
        <h2 id="wall-comments">{t('wall.comments.title')}</h2>
        {w.comments.length ? (
          <ul className="wall-list">
            {w.comments.slice(0, commentsShown).map((c, i) => (
              <li key={i}>
                <span className="wall-list-main">
                  <bdi lang="zh-CN">{c.comment}</bdi>
                </span>
                <span className="wall-list-meta">
                  {t(`ratings.levels.${c.level}`)}
                  {c.windowNumber !== null &&
                    ` · ${t('queue.windowNumber', { number: c.windowNumber })}`} ·{' '}
                  <bdi dir="ltr">{c.ratedOn}</bdi>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="wall-none">{t('wall.comments.none')}</p>
        )}
      </section>
      <WallOpenings />
    </div>
  )
}

/** The trading center's openings today (its public list). */
function WallOpenings() {
  const { t } = useTranslation()
  const openings = useOpenings('today', 60_000)
  const items = openings.data?.items ?? []
  return (
    <section className="wall-panel wall-openings" aria-labelledby="wall-openings">
      <h2 id="wall-openings">
        {t('trading.public.openingsToday')}
        <span className="wall-h2-figure" dir="ltr">
          {items.length}
        </span>
      </h2>
      {items.length ? (
        <ul className="wall-list" data-testid="wall-openings">
          {items.slice(0, 4).map((o) => (
            <li key={o.lotId}>
              <span className="wall-list-main">
                <bdi dir="ltr">{centerTime(new Date(o.openingAt))}</bdi> ·{' '}
                <bdi lang="zh-CN">{o.projectName}</bdi>
              </span>
              <span className="wall-list-meta">
                <bdi lang="zh-CN">{o.lotName}</bdi> ·{' '}
                {o.roomName ? <bdi lang="zh-CN">{o.roomName}</bdi> : t('trading.public.noRoom')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="wall-none">{t('wall.openings.none')}</p>
      )}
    </section>
  )
}
