import { TARGET_MINUTES } from '../problems/bank.ts'
import type { Difficulty, Problem } from '../problems/problem.ts'
import type { Topic } from '../problems/topics.ts'
import type { ProgressEvent } from './events.ts'
import type { ProgressState } from './reducer.ts'
import { median, quantile } from './stats.ts'

// Solve-time analytics, the per-difficulty figures of the dashboard, and the review queue (pure; `now` is
// passed in).

export interface TimeSummary {
  solved: number
  medianMs: number | null
  p90Ms: number | null
  /** Median submissions before the accepted one. */
  medianAttemptsBefore: number | null
}

/** Mediums accepted in under `targetMinutes` (the Medium target), out of `of`. */
export interface UnderTarget {
  under: number
  of: number
  targetMinutes: number
}

export interface SolveAnalytics {
  byDifficulty: Record<Difficulty, TimeSummary & { total: number }>
  byTopic: ({ topic: Topic } & TimeSummary)[]
  /** Of every Medium accepted. */
  mediumsUnderTarget: UnderTarget
  /** Of the last `LAST_MEDIUMS` Mediums accepted (by time of acceptance). */
  lastMediumsUnderTarget: UnderTarget
}

export const LAST_MEDIUMS = 10

export function solveAnalytics(problems: Problem[], progress: ProgressState): SolveAnalytics {
  const solved = problems.filter((p) => progress.problems[p.id]?.status === 'solved')
  const timeOf = (p: Problem) => progress.problems[p.id]!.timeToAcceptMs ?? 0
  const summary = (list: Problem[]): TimeSummary => {
    const times = list.map(timeOf)
    const attempts = list.map((p) => progress.problems[p.id]!.attemptsBeforeAccept ?? 0)
    return { solved: list.length, medianMs: median(times), p90Ms: quantile(times, 0.9), medianAttemptsBefore: median(attempts) }
  }
  const byDifficulty = Object.fromEntries(
    (['easy', 'medium', 'hard'] as const).map((d) => [
      d,
      { ...summary(solved.filter((p) => p.difficulty === d)), total: problems.filter((p) => p.difficulty === d).length },
    ]),
  ) as SolveAnalytics['byDifficulty']
  const topics = [...new Set(solved.flatMap((p) => p.topics))].sort()
  const byTopic = topics.map((topic) => ({ topic, ...summary(solved.filter((p) => p.topics.includes(topic))) }))
  const mediums = solved
    .filter((p) => p.difficulty === 'medium')
    .sort((a, b) => (progress.problems[b.id]!.acceptedAt ?? 0) - (progress.problems[a.id]!.acceptedAt ?? 0))
  const underTarget = (list: Problem[]): UnderTarget => ({
    under: list.filter((p) => timeOf(p) < TARGET_MINUTES.medium * 60_000).length,
    of: list.length,
    targetMinutes: TARGET_MINUTES.medium,
  })
  return {
    byDifficulty,
    byTopic,
    mediumsUnderTarget: underTarget(mediums),
    lastMediumsUnderTarget: underTarget(mediums.slice(0, LAST_MEDIUMS)),
  }
}

export const REVIEW_DAYS = [1, 3, 7] as const
const DAY = 86_400_000

export interface ReviewItem {
  problemId: string
  reason: 'over_target' | 'failed'
  /** 1, 2 or 3: which of the reviews (after 1, 3, 7 days) is due. */
  step: number
  dueAt: number
}

/**
 * Problems to bring back: solved over their target time, or submitted without being solved. Each comes back
 * 1, 3 and 7 days after it was last struggled with; an accepted submission on or after a due date completes
 * that step.
 */
export function reviewQueue(problems: Problem[], events: ProgressEvent[], progress: ProgressState, now: number): ReviewItem[] {
  const items: ReviewItem[] = []
  for (const p of problems) {
    const state = progress.problems[p.id]
    if (!state || state.attempts === 0) continue
    const overTarget = state.status === 'solved' && (state.timeToAcceptMs ?? 0) > p.targetMinutes * 60_000
    const failed = state.status !== 'solved'
    if (!overTarget && !failed) continue
    const submissions = events.filter((e): e is Extract<ProgressEvent, { type: 'submitted' }> => e.type === 'submitted' && e.problemId === p.id)
    const origin = failed ? submissions.at(-1)!.at : state.acceptedAt!
    let step = 0
    while (step < REVIEW_DAYS.length) {
      const due = origin + REVIEW_DAYS[step]! * DAY
      if (!submissions.some((s) => s.verdict === 'accepted' && s.at >= due)) break
      step++
    }
    if (step === REVIEW_DAYS.length) continue
    const dueAt = origin + REVIEW_DAYS[step]! * DAY
    if (dueAt <= now) items.push({ problemId: p.id, reason: failed ? 'failed' : 'over_target', step: step + 1, dueAt })
  }
  return items.sort((a, b) => a.dueAt - b.dueAt)
}
