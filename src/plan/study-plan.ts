import { sortForPlan } from '../problems/bank.ts'
import type { Difficulty, Problem } from '../problems/problem.ts'
import type { Topic } from '../problems/topics.ts'
import type { ProgressEvent } from '../progress/events.ts'
import type { ProgressState } from '../progress/reducer.ts'
import { MILESTONES } from '../progress/stats.ts'

// The 90-day plan's SQL track: what each day asks for, today's set drawn from the bank, and a projection
// of the learner's own pace against the milestones. Dates are local calendar days (YYYY-MM-DD).

export const PLAN_DAYS = 90

export interface PlanSegment {
  days: [number, number]
  title: string
  /** What the plan asks for each day of the segment. */
  perDay: [number, number]
  difficulty?: Difficulty
  topics?: Topic[]
  kind: 'practice' | 'review' | 'grind' | 'mock'
}

export const PLAN: PlanSegment[] = [
  { days: [1, 3], title: 'SELECT, WHERE, joins, GROUP BY — 15-20 Easy over three days', perDay: [5, 7], difficulty: 'easy', kind: 'practice' },
  { days: [4, 7], title: 'Window functions (ROW_NUMBER, RANK, DENSE_RANK) and LAG/LEAD', perDay: [5, 6], kind: 'practice' },
  { days: [8, 10], title: 'Recursive CTEs, self-joins, subqueries vs CTEs — Medium', perDay: [4, 5], difficulty: 'medium', kind: 'practice' },
  { days: [11, 14], title: 'EXPLAIN ANALYZE and Hard problems', perDay: [2, 3], difficulty: 'hard', kind: 'practice' },
  { days: [15, 81], title: 'Daily review set: problems due for review, then new ones', perDay: [3, 4], kind: 'review' },
  { days: [82, 84], title: 'The Hard grind', perDay: [3, 4], difficulty: 'hard', kind: 'grind' },
  { days: [85, 87], title: 'Daily review set', perDay: [3, 4], kind: 'review' },
  { days: [88, 90], title: 'Mock rounds: 45 minutes, 3 problems', perDay: [1, 2], kind: 'mock' },
]

/** The plan's start date as last set by the learner, or null when no plan was started. */
export function planStartDate(events: readonly ProgressEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.type === 'plan_started') return e.startDate
  }
  return null
}

/** Day N of the plan (1 on the start date); may be < 1 before it starts or > 90 after it ends. */
export function planDay(startDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1
}

/** Where the learner stands in the plan on a given plan day: not started yet, under way, or done. */
export type PlanStatus = { kind: 'upcoming'; startsInDays: number } | { kind: 'running'; day: number } | { kind: 'over'; day: number }

export function planStatus(day: number): PlanStatus {
  if (day < 1) return { kind: 'upcoming', startsInDays: 1 - day }
  return day > PLAN_DAYS ? { kind: 'over', day } : { kind: 'running', day }
}

/** The plan page's heading: "Day 6 of 90", "The plan starts in 3 days", "The 90 days are over". */
export function describePlanStatus(status: PlanStatus): string {
  if (status.kind === 'upcoming') return `The plan starts in ${status.startsInDays} day${status.startsInDays === 1 ? '' : 's'}`
  return status.kind === 'over' ? `The ${PLAN_DAYS} days are over` : `Day ${status.day} of ${PLAN_DAYS}`
}

export function segmentFor(day: number): PlanSegment | null {
  return PLAN.find((s) => s.days[0] <= day && day <= s.days[1]) ?? null
}

/**
 * Today's problems: for the first two weeks, unsolved problems keyed to today (or earlier days not yet
 * done), in plan order; in review segments, the review queue first, then unsolved problems of the plan's
 * first weeks; in the grind, unsolved Hards.
 */
export function todaysProblems(problems: Problem[], progress: ProgressState, day: number, dueForReview: string[]): Problem[] {
  const segment = segmentFor(day)
  if (!segment || segment.kind === 'mock') return []
  const [, most] = segment.perDay
  const unsolved = problems.filter((p) => progress.problems[p.id]?.status !== 'solved')
  if (segment.kind === 'practice') {
    const due = unsolved.filter((p) => p.plan.days[0] <= day)
    const today = due.filter((p) => p.plan.days[0] <= day && day <= p.plan.days[1])
    const catchUp = due.filter((p) => !today.includes(p))
    return [...sortForPlan(today), ...sortForPlan(catchUp)].slice(0, most)
  }
  const reviews = dueForReview.map((id) => problems.find((p) => p.id === id)).filter((p): p is Problem => !!p)
  const fresh = sortForPlan(unsolved.filter((p) => (segment.difficulty ? p.difficulty === segment.difficulty : true) && !reviews.includes(p)))
  return [...reviews, ...fresh].slice(0, most)
}

export interface Projection {
  day: number
  solved: number
  /** Solved per day so far. */
  pace: number
  /** Where that pace lands at each milestone day. */
  atMilestones: { day: number; target: number; projected: number }[]
}

/**
 * The pace so far projected onto the milestones; null before the plan starts (no day of it has passed, so
 * there is no pace to project).
 */
export function projectionOnceStarted(solvedNow: number, day: number): Projection | null {
  return planStatus(day).kind === 'upcoming' ? null : projection(solvedNow, day)
}

export function projection(solvedNow: number, day: number): Projection {
  const elapsed = Math.min(Math.max(day, 1), PLAN_DAYS)
  const pace = solvedNow / elapsed
  return {
    day: elapsed,
    solved: solvedNow,
    pace,
    atMilestones: MILESTONES.map((m) => ({ day: m.day, target: m.solved, projected: Math.round(day >= m.day ? solvedNow : pace * m.day) })),
  }
}
