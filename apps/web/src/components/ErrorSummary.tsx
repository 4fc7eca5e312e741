import { useEffect, useId, useRef } from 'react'

export interface SummaryItem {
  key: string
  /** the field's label and what is wrong with it */
  text: string
  /** the id of the control the link goes to */
  targetId: string
  /** moves focus to the control (antd fields are focused through the form) */
  onSelect?: () => void
}

/**
 * The GOV.UK error summary: at the top of the form after a failed submit, it takes focus (so a
 * screen reader reads it and a phone scrolls to it) and links to each field that needs fixing.
 * `attempt` changes on every failed submit, so the summary takes focus again each time.
 */
export function ErrorSummary({
  title,
  items,
  attempt,
}: {
  title: string
  items: readonly SummaryItem[]
  attempt: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const isShown = items.length > 0
  useEffect(() => {
    if (isShown) ref.current?.focus()
  }, [attempt, isShown])
  if (!isShown) return null
  return (
    <div
      ref={ref}
      className="yimin-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="error-summary"
    >
      <h2 id={titleId}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a
              href={`#${item.targetId}`}
              onClick={(e) => {
                e.preventDefault()
                if (item.onSelect) item.onSelect()
                else {
                  const el = document.getElementById(item.targetId)
                  el?.scrollIntoView({ block: 'center' })
                  el?.focus()
                }
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
