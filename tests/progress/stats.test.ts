import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/problems/problem.ts'
import { progressFromEvents } from '../../src/progress/reducer.ts'
import { dashboardStats } from '../../src/progress/stats.ts'
import type { ProgressEvent } from '../../src/progress/events.ts'

const problem = (id: string, difficulty: Problem['difficulty'], topics: Problem['topics']) => ({ id, difficulty, topics }) as unknown as Problem
const problems = [problem('e1', 'easy', ['filtering']), problem('m1', 'medium', ['lag-lead']), problem('m2', 'medium', ['lag-lead', 'cte']), problem('h1', 'hard', ['streaks'])]

let n = 0
function solve(id: string, ms: number, at: number): ProgressEvent[] {
  return [
    { id: `x${++n}`, type: 'active', problemId: id, at, ms },
    { id: `x${++n}`, type: 'submitted', problemId: id, at: at + 1, verdict: 'accepted' },
  ]
}

describe('dashboard stats', () => {
  const progress = progressFromEvents([...solve('m1', 15 * 60_000, 100), ...solve('m2', 25 * 60_000, 200), ...solve('e1', 5 * 60_000, 300)])
  const s = dashboardStats(problems, progress)

  it('counts solved problems toward the goal of 150, over time', () => {
    expect(s.solved).toBe(3)
    expect(s.goal).toBe(150)
    expect(s.solvedOverTime.map((p) => p.solved)).toEqual([1, 2, 3])
  })
  it('reports solved and median time-to-accept per difficulty', () => {
    expect(s.byDifficulty.medium).toEqual({ solved: 2, total: 2, medianMs: 20 * 60_000 })
    expect(s.byDifficulty.hard).toEqual({ solved: 0, total: 1, medianMs: null })
  })
  it('reports the share of Mediums accepted under 20 minutes', () => {
    expect(s.mediumsUnderTarget).toEqual({ under: 1, of: 2 })
  })
  it('counts solved problems per topic', () => {
    expect(s.byTopic.find((t) => t.topic === 'lag-lead')).toEqual({ topic: 'lag-lead', solved: 2, total: 2 })
  })
})
