import type { Difficulty, Problem } from '../../src/problems/problem.ts'
import type { Topic } from '../../src/problems/topics.ts'

/** Minimal problems for pure logic tests. */
export function fakeProblem(id: string, difficulty: Difficulty, days: [number, number], topics: Topic[] = ['aggregation']): Problem {
  return { id, slug: id, title: `Problem ${id}`, difficulty, plan: { week: days[0] <= 7 ? 1 : 2, days }, topics, targetMinutes: { easy: 10, medium: 20, hard: 30 }[difficulty] } as unknown as Problem
}

export const FAKE_BANK: Problem[] = [
  fakeProblem('e1', 'easy', [1, 3]),
  fakeProblem('e2', 'easy', [1, 3]),
  fakeProblem('e3', 'easy', [1, 3], ['lag-lead']),
  fakeProblem('m1', 'medium', [4, 7], ['lag-lead']),
  fakeProblem('m2', 'medium', [4, 7], ['window-ranking']),
  fakeProblem('m3', 'medium', [8, 10], ['recursive-cte']),
  fakeProblem('h1', 'hard', [11, 14], ['streaks']),
  fakeProblem('h2', 'hard', [11, 14], ['lag-lead']),
]
