import type { Difficulty, Problem } from '../problems/problem.ts'
import type { Topic } from '../problems/topics.ts'
import type { ProgressEvent } from './events.ts'
import type { ProgressState } from './reducer.ts'
import { MEDIUM_TARGET_MS, quantile } from './stats.ts'

// Solve-time analytics and the review queue (pure; `now` is passed in).

export interface TimeSummary {
  solved: number
  medianMs: number | null
  p90Ms: number | null
  /** Median submissions before the accepted one. */
  medianAttemptsBefore: number | null
}

export interface SolveAnalytics {
  byDifficulty: Record<Difficulty, TimeSummary>
  byTopic: ({ topic: Topic } & TimeSummary)[]
  /** Of the last 10 Mediums accepted (by time of acceptance), how many took under 20 minutes. */
  lastMediums: { under: number; of: number }
}

export function solveAnalytics(problems: Problem[], progress: ProgressState): SolveAnalytics {
  const solved = problems.filter((p) => progress.problems[p.id]?.status === 'solved')
  const summary = (list: Problem[]): TimeSummary => {
    const times = list.map((p) => progress.problems[p.id]!.timeToAcceptMs ?? 0)
    const attempts = list.map((p) => progress.problems[p.id]!.attemptsBeforeAccept ?? 0)
    return { solved: list.length, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), medianAttemptsBefore: quantile(attempts, 0.5) }
  }
  const byDifficulty = Object.fromEntries((['easy', 'medium', 'hard'] as const).map((d) => [d, summary(solved.filter((p) => p.difficulty === d))])) as SolveAnalytics['byDifficulty']
  const topics = [...new Set(solved.flatMap((p) => p.topics))].sort()
  const byTopic = topics.map((topic) => ({ topic, ...summary(solved.filter((p) => p.topics.includes(topic))) }))
  const lastTen = solved
    .filter((p) => p.difficulty === 'medium')
    .sort((a, b) => (progress.problems[b.id]!.acceptedAt ?? 0) - (progress.problems[a.id]!.acceptedAt ?? 0))
    .slice(0, 10)
  return {
    byDifficulty,
    byTopic,
    lastMediums: { under: lastTen.filter((p) => (progress.problems[p.id]!.timeToAcceptMs ?? 0) < MEDIUM_TARGET_MS).length, of: lastTen.length },
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
