import type { Difficulty, Problem } from '../problems/problem.ts'
import type { Topic } from '../problems/topics.ts'
import type { MOCK_MIXES } from '../progress/events.ts'
import type { ProgressState } from '../progress/reducer.ts'
import { mulberry32 } from '../../datasets/seeded-random.mjs'

// Which problems a mock round gets: one per slot of the mix, drawn with a seeded PRNG from problems the
// learner has not solved (optionally of one topic). A slot with no unsolved candidate falls back to a
// solved one, and says so.

export type MockMix = (typeof MOCK_MIXES)[number]

export const MIX_SLOTS: Record<MockMix, Difficulty[]> = {
  standard: ['easy', 'medium', 'hard'],
  'two-medium-one-hard': ['medium', 'medium', 'hard'],
  'three-medium': ['medium', 'medium', 'medium'],
  'three-hard': ['hard', 'hard', 'hard'],
}

export const MIX_LABELS: Record<MockMix, string> = {
  standard: 'Easy + Medium + Hard (interview default)',
  'two-medium-one-hard': '2 Medium + 1 Hard',
  'three-medium': '3 Medium',
  'three-hard': '3 Hard',
}

export const ROUND_MS = 45 * 60_000

export interface RoundPlan {
  problemIds: string[]
  /** Slots that had to reuse a solved problem (or found nothing at all). */
  notes: string[]
}

export function composeRound(problems: Problem[], progress: ProgressState, options: { seed: number; mix: MockMix; topic?: Topic }): RoundPlan {
  const random = mulberry32(options.seed)
  const picked = new Set<string>()
  const notes: string[] = []
  const inTopic = (p: Problem) => !options.topic || p.topics.includes(options.topic)
  // Sorted first, so the draw depends only on the seed and the bank, not on file order.
  const pool = [...problems].sort((a, b) => a.id.localeCompare(b.id))
  for (const [slot, difficulty] of MIX_SLOTS[options.mix].entries()) {
    const fits = pool.filter((p) => p.difficulty === difficulty && inTopic(p) && !picked.has(p.id))
    const unsolved = fits.filter((p) => progress.problems[p.id]?.status !== 'solved')
    const candidates = unsolved.length ? unsolved : fits
    if (!candidates.length) {
      notes.push(`No ${difficulty} problem${options.topic ? ` on this topic` : ''} is left for slot ${slot + 1}.`)
      continue
    }
    if (!unsolved.length) notes.push(`Slot ${slot + 1}: every ${difficulty} problem${options.topic ? ' on this topic' : ''} is solved; reusing one.`)
    const choice = candidates[Math.floor(random() * candidates.length)]!
    picked.add(choice.id)
  }
  return { problemIds: [...picked], notes }
}
