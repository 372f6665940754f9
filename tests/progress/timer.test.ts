import { describe, expect, it } from 'vitest'
import { IDLE_AFTER_MS, sawInput, setVisible, startTimer, tick } from '../../src/progress/timer.ts'

describe('attempt timer', () => {
  it('counts time while the page is visible and the learner is active', () => {
    let t = startTimer(0)
    for (let now = 1000; now <= 10_000; now += 1000) t = tick(t, now)
    expect(t.activeMs).toBe(10_000)
  })
  it('stops counting while the tab is hidden', () => {
    let t = startTimer(0)
    t = tick(t, 1000)
    t = setVisible(t, false, 1000)
    for (let now = 2000; now <= 60_000; now += 1000) t = tick(t, now)
    t = setVisible(t, true, 61_000)
    t = sawInput(t, 61_000)
    t = tick(t, 62_000)
    expect(t.activeMs).toBe(2000)
  })
  it('stops counting after the idle limit without input and resumes on input', () => {
    let t = startTimer(0)
    for (let now = 1000; now <= IDLE_AFTER_MS + 60_000; now += 1000) t = tick(t, now)
    expect(t.activeMs).toBe(IDLE_AFTER_MS)
    const at = IDLE_AFTER_MS + 61_000
    t = sawInput(tick(t, at), at)
    t = tick(t, at + 1000)
    expect(t.activeMs).toBe(IDLE_AFTER_MS + 1000)
  })
  it('ignores a long gap between ticks (the laptop slept)', () => {
    let t = startTimer(0)
    t = tick(t, 1000)
    t = sawInput(t, 3_600_000)
    t = tick(t, 3_600_000)
    expect(t.activeMs).toBe(1000)
  })
})
