import type { Problem } from '../problems/problem.ts'
import type { Topic } from '../problems/topics.ts'
import type { ProgressState } from './reducer.ts'

// Progress toward the plan, pure: solved toward the goal and milestones, and solved per topic. Solve times
// and the per-difficulty figures are in analytics.ts.

export const GOAL = 150
export const MILESTONES = [
  { day: 14, solved: 80 },
  { day: 30, solved: 100 },
  { day: 90, solved: 150 },
] as const

export interface DashboardStats {
  solved: number
  goal: number
  byTopic: { topic: Topic; solved: number; total: number }[]
  /** Cumulative solved count by day (UTC midnight ms → count), for the milestone chart. */
  solvedOverTime: { at: number; solved: number }[]
}

export function dashboardStats(problems: Problem[], progress: ProgressState): DashboardStats {
  const solvedProblems = problems.filter((p) => progress.problems[p.id]?.status === 'solved')
  const topics = [...new Set(problems.flatMap((p) => p.topics))]
  const byTopic = topics
    .map((topic) => ({
      topic,
      total: problems.filter((p) => p.topics.includes(topic)).length,
      solved: solvedProblems.filter((p) => p.topics.includes(topic)).length,
    }))
    .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic))
  const acceptedAt = solvedProblems.map((p) => progress.problems[p.id]!.acceptedAt ?? 0).sort((a, b) => a - b)
  return {
    solved: solvedProblems.length,
    goal: GOAL,
    byTopic,
    solvedOverTime: acceptedAt.map((at, i) => ({ at, solved: i + 1 })),
  }
}

export function median(xs: number[]): number | null {
  return quantile(xs, 0.5)
}

/** Linearly interpolated quantile (q in 0..1); null for no data. */
export function quantile(xs: number[], q: number): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const rank = q * (s.length - 1)
  const lo = Math.floor(rank)
  return s[lo]! + (s[Math.ceil(rank)]! - s[lo]!) * (rank - lo)
}
