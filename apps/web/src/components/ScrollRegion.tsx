import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen scrolls sideways inside this box. The box takes the keyboard
 * focus and is a named region, so keyboard users can scroll it too (WCAG 2.1.1; axe's
 * scrollable-region-focusable) — antd's own `scroll={{ x }}` box is neither.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="yimin-scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
