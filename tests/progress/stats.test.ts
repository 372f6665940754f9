import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/problems/problem.ts'
import { progressFromEvents } from '../../src/progress/reducer.ts'
import { dashboardStats, median } from '../../src/progress/stats.ts'
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

  it('counts solved problems, and their running total in order of acceptance for the milestone chart', () => {
    expect(s.solved).toBe(3)
    expect(s.solvedOverTime).toEqual([
      { at: 101, solved: 1 },
      { at: 201, solved: 2 },
      { at: 301, solved: 3 },
    ])
  })
  it('counts solved and total problems per topic, the largest topics first', () => {
    expect(s.byTopic.find((t) => t.topic === 'lag-lead')).toEqual({ topic: 'lag-lead', solved: 2, total: 2 })
    expect(s.byTopic.find((t) => t.topic === 'streaks')).toEqual({ topic: 'streaks', solved: 0, total: 1 })
    expect(s.byTopic[0]!.topic).toBe('lag-lead')
  })
  it('takes the median as the mean of the two middle values of an even count, and none of no data', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
