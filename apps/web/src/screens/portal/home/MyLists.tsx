import { CalendarOutlined, RightOutlined } from '@ant-design/icons'
import { Spin } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMyAppointments } from '../../../api/appointments'
import { useMyCases } from '../../../api/citizen'
import { centerDay } from '../../../components/format'
import { formatDay } from '../../../components/format'
import { useLocalized } from '../../../components/names'
import { CaseStatusTag } from '../../cases/case-status'

/**
 * A short list in a box (a plain list, not antd's List and Card: those bring the Pagination,
 * Select and Tabs code, about 50 KB brotli, to the portal's first load for three rows).
 */
function ShortList<T>({
  items,
  loading,
  empty,
  render,
  more,
}: {
  items: T[]
  loading: boolean
  empty: string
  render: (item: T) => ReactNode
  more: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="yimin-portal-box">
      {loading ? (
        <p className="yimin-portal-box-note" role="status">
          <Spin size="small" /> {t('common.loading')}
        </p>
      ) : items.length === 0 ? (
        <p className="yimin-portal-box-note">{empty}</p>
      ) : (
        <ul className="yimin-portal-list">{items.map(render)}</ul>
      )}
      {more}
    </div>
  )
}

/** A signed-in citizen's latest cases and coming appointments (its own chunk: MyCorner). */
export function MyLists() {
  const { t, i18n } = useTranslation()
  const local = useLocalized()
  const cases = useMyCases(true)
  const appointments = useMyAppointments(true)
  const today = centerDay(0)
  const coming = (appointments.data ?? []).filter((a) => a.status === 'booked' && a.date >= today).slice(0, 2)
  return (
    <>
      <section className="yimin-portal-section" aria-labelledby="portal-my-cases">
        <h2 id="portal-my-cases">{t('portal.myCases.title')}</h2>
        <ShortList
          items={(cases.data ?? []).slice(0, 3)}
          loading={cases.isPending}
          empty={t('online.myCases.empty')}
          render={(c) => (
            <li key={c.id}>
              <Link to={`/portal/my-cases/${c.id}`}>
                <bdi>{local(c.matterName)}</bdi>
              </Link>{' '}
              <CaseStatusTag status={c.status} />
            </li>
          )}
          more={
            <Link to="/portal/my-cases">
              {t('portal.home.allCases')} <RightOutlined aria-hidden className="yimin-flip-rtl" />
            </Link>
          }
        />
      </section>
      <section className="yimin-portal-section" aria-labelledby="portal-my-appointments">
        <h2 id="portal-my-appointments">{t('appointments.mine.title')}</h2>
        <ShortList
          items={coming}
          loading={appointments.isPending}
          empty={t('appointments.mine.empty')}
          render={(a) => (
            <li key={a.id}>
              <span>
                <CalendarOutlined aria-hidden /> <bdi>{local(a.categoryName)}</bdi>
              </span>
              <span>
                {formatDay(a.date, i18n.language)} <bdi dir="ltr">{`${a.startsAt}–${a.endsAt}`}</bdi>
              </span>
            </li>
          )}
          more={
            <Link to="/portal/appointments">
              {t('portal.home.book')} <RightOutlined aria-hidden className="yimin-flip-rtl" />
            </Link>
          }
        />
      </section>
    </>
  )
}
