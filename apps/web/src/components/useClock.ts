import { useEffect, useState } from 'react'

/** The current time, refreshed every `everyMs` (displays show a clock). */
export function useClock(everyMs = 10_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs)
    return () => clearInterval(id)
  }, [everyMs])
  return now
}
