import { describe, expect, it } from 'vitest'
import { ownLine } from '../../src/plan/own-line.ts'

const DAY = 86_400_000
const DAY_ONE = Date.UTC(2026, 10, 1)
const on = (day: number, hour = 12) => DAY_ONE + (day - 1) * DAY + hour * 3_600_000

describe('the learner’s own line on the milestone chart', () => {
  it('draws a visible line for a single problem solved today: from the start to today', () => {
    expect(ownLine([on(1)], DAY_ONE, on(1, 13))).toEqual([
      { day: 0, solved: 0 },
      { day: 1, solved: 1 },
    ])
  })

  it('has one point per day something was accepted, with the day’s total, and runs on to today', () => {
    expect(ownLine([on(3, 18), on(1), on(3, 9)], DAY_ONE, on(6))).toEqual([
      { day: 0, solved: 0 },
      { day: 1, solved: 1 },
      { day: 3, solved: 3 },
      { day: 6, solved: 3 },
    ])
  })

  it('starts above zero when problems were solved before the plan’s first day', () => {
    expect(ownLine([DAY_ONE - 5 * DAY, on(2)], DAY_ONE, on(2))).toEqual([
      { day: 0, solved: 1 },
      { day: 2, solved: 2 },
    ])
  })

  it('is a flat line from the start to today when nothing is solved yet', () => {
    expect(ownLine([], DAY_ONE, on(4))).toEqual([
      { day: 0, solved: 0 },
      { day: 4, solved: 0 },
    ])
  })
})
