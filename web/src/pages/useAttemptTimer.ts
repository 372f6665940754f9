import { useEffect, useRef, useState } from 'react'
import { sawInput, setVisible, startTimer, tick, type ActiveTimer } from '../core.ts'

const FLUSH_EVERY_MS = 15_000

/**
 * Active time on a problem; reports new active milliseconds through `flush` every 15 s, on leave, and when
 * the caller asks (before recording a submission, so time-to-accept includes the last seconds).
 */
export function useAttemptTimer(initialMs: number, running: boolean, flush: (ms: number) => void): { ms: number; flushNow: () => void } {
  const timer = useRef<ActiveTimer>(startTimer(Date.now(), initialMs))
  const flushed = useRef(initialMs)
  const [shown, setShown] = useState(initialMs)
  const flushRef = useRef(flush)
  flushRef.current = flush

  const doFlush = useRef(() => {
    const delta = Math.round(timer.current.activeMs - flushed.current)
    if (delta > 0) {
      flushed.current += delta
      flushRef.current(delta)
    }
  }).current

  useEffect(() => {
    if (!running) return
    timer.current = { ...timer.current, lastTickAt: Date.now(), lastInputAt: Date.now() }
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
  }, [running, doFlush])
  return {
    ms: shown,
    flushNow: () => {
      timer.current = tick(timer.current, Date.now())
      doFlush()
    },
  }
}

export function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
