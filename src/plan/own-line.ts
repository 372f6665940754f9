// The learner's own line on the milestone chart: solved count by plan day, from the plan's first day (or
// the first accepted problem's) to today. It always has a start and an end, so a single solved problem
// draws a visible line instead of a lone point.

const DAY_MS = 86_400_000

export interface LinePoint {
  /** Plan day: 0 is the start line (the day before day 1), 1 the first day. */
  day: number
  solved: number
}

/**
 * Cumulative solved count at the start (problems solved before day 1 count there), at the end of each day
 * something was accepted, and today. `dayOneAt` is day 1's local midnight, in ms.
 */
export function ownLine(acceptedAt: readonly number[], dayOneAt: number, now: number): LinePoint[] {
  const dayOf = (at: number) => Math.floor((at - dayOneAt) / DAY_MS) + 1
  const days = acceptedAt.map(dayOf).sort((a, b) => a - b)
  const points: LinePoint[] = [{ day: 0, solved: days.filter((d) => d < 1).length }]
  days.forEach((day, i) => {
    if (day < 1) return
    if (points.at(-1)!.day === day) points.at(-1)!.solved = i + 1
    else points.push({ day, solved: i + 1 })
  })
  const today = dayOf(now)
  if (today > points.at(-1)!.day) points.push({ day: today, solved: days.length })
  return points
}
