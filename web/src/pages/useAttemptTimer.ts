import { useEffect, useRef, useState } from 'react'
import { sawInput, setVisible, startTimer, tick, type ActiveTimer } from '../core.ts'

const FLUSH_EVERY_MS = 15_000

/** Active time on a problem; reports new active milliseconds through `flush` every 15 s and on leave. */
export function useAttemptTimer(initialMs: number, running: boolean, flush: (ms: number) => void): number {
  const timer = useRef<ActiveTimer>(startTimer(Date.now(), initialMs))
  const flushed = useRef(initialMs)
  const [shown, setShown] = useState(initialMs)
  const flushRef = useRef(flush)
  flushRef.current = flush

  useEffect(() => {
    if (!running) return
    timer.current = { ...timer.current, lastTickAt: Date.now(), lastInputAt: Date.now() }
    const doFlush = () => {
      const delta = Math.round(timer.current.activeMs - flushed.current)
      if (delta > 0) {
        flushed.current += delta
        flushRef.current(delta)
      }
    }
    const interval = setInterval(() => {
      timer.current = tick(timer.current, Date.now())
      setShown(timer.current.activeMs)
      if (timer.current.activeMs - flushed.current >= FLUSH_EVERY_MS) doFlush()
    }, 1000)
    const onInput = () => (timer.current = sawInput(timer.current, Date.now()))
    const onVisibility = () => (timer.current = setVisible(timer.current, document.visibilityState === 'visible', Date.now()))
    for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const) window.addEventListener(type, onInput, { passive: true })
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearInterval(interval)
      timer.current = tick(timer.current, Date.now())
      doFlush()
      for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const) window.removeEventListener(type, onInput)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [running])
  return shown
}

export function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
