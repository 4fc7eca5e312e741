import { useEffect, useRef } from 'react'
import { parseScannedCaseNumber } from './scan'

/**
 * The barcode scanner types like a keyboard and ends with Enter. On the kiosk's home (where no
 * field has the focus) the keys are gathered; Enter hands over a case number if they make one.
 */
export function useScannedCaseNumber(onNumber: (number: string) => void, isActive: boolean): void {
  const callback = useRef(onNumber)
  callback.current = onNumber
  useEffect(() => {
    if (!isActive) return
    let buffer = ''
    let last = 0
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return
      const now = Date.now()
      if (now - last > 1000) buffer = '' // a scanner types fast; a pause starts over
      last = now
      if (e.key === 'Enter') {
        const number = parseScannedCaseNumber(buffer)
        buffer = ''
        if (number) {
          e.preventDefault()
          callback.current(number)
        }
      } else if (e.key.length === 1) buffer = (buffer + e.key).slice(-300)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [isActive])
}
