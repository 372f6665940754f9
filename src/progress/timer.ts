// The attempt timer counts active time only: the page visible and input seen within the idle limit.
// Pure: the caller feeds it ticks with the current time; nothing here reads a clock.

export const IDLE_AFTER_MS = 2 * 60_000
/** A tick gap longer than this (laptop asleep) counts as nothing. */
const MAX_TICK_MS = 5_000

export interface ActiveTimer {
  activeMs: number
  lastTickAt: number | null
  lastInputAt: number
  visible: boolean
}

export function startTimer(now: number, activeMs = 0): ActiveTimer {
  return { activeMs, lastTickAt: now, lastInputAt: now, visible: true }
}

export function tick(t: ActiveTimer, now: number): ActiveTimer {
  const last = t.lastTickAt ?? now
  const gap = now - last
  const active = t.visible && now - t.lastInputAt <= IDLE_AFTER_MS && gap > 0 && gap <= MAX_TICK_MS
  return { ...t, activeMs: t.activeMs + (active ? gap : 0), lastTickAt: now }
}

export function sawInput(t: ActiveTimer, now: number): ActiveTimer {
  return { ...t, lastInputAt: now }
}

export function setVisible(t: ActiveTimer, visible: boolean, now: number): ActiveTimer {
  return { ...tick(t, now), visible }
}
