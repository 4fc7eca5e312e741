import { Layout } from 'antd'
import { lazy, Suspense, type ReactNode } from 'react'
import type { StaffMe } from '../api/auth'
import { ShellHeader } from './ShellHeader'

// Staff screens only (and only while a demo builds its history): its Alert and Progress (with
// Progress's Tooltip) stay out of the portal's first load.
const DemoHistoryBanner = lazy(() =>
  import('../components/DemoHistoryBanner').then((m) => ({ default: m.DemoHistoryBanner })),
)

/** A page with the shared header and one main landmark holding the page's heading. */
export function Shell({
  me,
  title,
  extra,
  wide = false,
  children,
}: {
  me?: StaffMe
  title: string
  extra?: ReactNode
  /** up to 1440 px (the admin console with its section column) instead of 1200 */
  wide?: boolean
  children: ReactNode
}) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <ShellHeader me={me} />
      <Layout.Content id="main" className={wide ? 'yimin-main yimin-main-wide' : 'yimin-main'} tabIndex={-1}>
        {me && (
          <Suspense fallback={null}>
            <DemoHistoryBanner />
          </Suspense>
        )}
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            marginBottom: 16,
          }}
        >
          {/* a plain heading styled as antd's level-1 title (global.css): Typography brings its
              ellipsis, copy and edit code, and Tooltip with them, to every first load */}
          <h1 className="yimin-page-title">{title}</h1>
          {extra}
        </div>
        {children}
      </Layout.Content>
    </Layout>
  )
}
