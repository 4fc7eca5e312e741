import { useEffect, useRef } from 'react'

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const

/** Calls `onIdle` after `timeoutMs` without a touch, click or key; any activity restarts the wait. */
export function useIdleReturn(timeoutMs: number, onIdle: () => void, isActive = true): void {
  const callback = useRef(onIdle)
  callback.current = onIdle
  useEffect(() => {
    if (!isActive) return
    let timer = setTimeout(() => callback.current(), timeoutMs)
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(() => callback.current(), timeoutMs)
    }
    for (const type of activity) window.addEventListener(type, restart, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of activity) window.removeEventListener(type, restart)
    }
  }, [timeoutMs, isActive])
}
