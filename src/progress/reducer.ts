import type { ProgressEvent } from './events.ts'

export type ProblemStatus = 'new' | 'attempted' | 'solved'

export interface ProblemProgress {
  status: ProblemStatus
  /** Submissions, accepted or not. */
  attempts: number
  /** Submissions before the first accepted one (0 = accepted on the first submit). */
  attemptsBeforeAccept: number | null
  activeMs: number
  /** Active time from opening the problem to the first accepted submission. */
  timeToAcceptMs: number | null
  acceptedAt: number | null
  gaveUp: boolean
  hintsRevealed: number
  /** The expected rows on the visible data were shown at the learner's request. */
  expectedRevealed: boolean
  lastActivityAt: number
}

export interface ProgressState {
  problems: Record<string, ProblemProgress>
}

export const EMPTY_PROGRESS: ProgressState = { problems: {} }

const fresh = (at: number): ProblemProgress => ({
  status: 'new',
  attempts: 0,
  attemptsBeforeAccept: null,
  activeMs: 0,
  timeToAcceptMs: null,
  acceptedAt: null,
  gaveUp: false,
  hintsRevealed: 0,
  expectedRevealed: false,
  lastActivityAt: at,
})

export function reduceProgress(state: ProgressState, event: ProgressEvent): ProgressState {
  const p = nextProblemProgress(state, event)
  return p ? { problems: { ...state.problems, [p.problemId]: p.progress } } : state
}

/** The whole log at once, without copying the state per event (a log can hold 100,000 events). */
export function progressFromEvents(events: ProgressEvent[]): ProgressState {
  const state: ProgressState = { problems: {} }
  for (const event of events) {
    const p = nextProblemProgress(state, event)
    if (p) state.problems[p.problemId] = p.progress
  }
  return state
}

function nextProblemProgress(state: ProgressState, event: ProgressEvent): { problemId: string; progress: ProblemProgress } | null {
  if (!('problemId' in event) || event.type === 'round_switched') return null
  const before = state.problems[event.problemId] ?? fresh(event.at)
  const p: ProblemProgress = { ...before, lastActivityAt: Math.max(before.lastActivityAt, event.at) }
  switch (event.type) {
    case 'opened':
      break
    case 'active':
      p.activeMs += event.ms
      break
    case 'hint_revealed':
      p.hintsRevealed = Math.max(p.hintsRevealed, event.index + 1)
      break
    case 'expected_revealed':
      p.expectedRevealed = true
      break
    case 'gave_up':
      p.gaveUp = true
      if (p.status === 'new') p.status = 'attempted'
      break
    case 'submitted':
      p.attempts++
      if (p.status === 'solved') break
      if (event.verdict === 'accepted') {
        p.status = 'solved'
        p.acceptedAt = event.at
        p.attemptsBeforeAccept = p.attempts - 1
        p.timeToAcceptMs = p.activeMs
      } else p.status = 'attempted'
      break
  }
  return { problemId: event.problemId, progress: p }
}
