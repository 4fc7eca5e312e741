import { Layout, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { StaffMe } from '../api/auth'
import { DemoHistoryBanner } from '../components/DemoHistoryBanner'
import { ShellHeader } from './ShellHeader'

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
        {me && <DemoHistoryBanner />}
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
          <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
            {title}
          </Typography.Title>
          {extra}
        </div>
        {children}
      </Layout.Content>
    </Layout>
  )
}
