import { currentProblem, roundsFromEvents } from '../mock/round.ts'
import type { ProgressEvent, ProgressEventInput } from './events.ts'

// The log defends itself: an event that would change nothing is never written. A page that re-renders
// and appends the same thing again (a second end of an ended round, the same event twice) then stops
// after one write instead of flooding the learner's saved progress.

/**
 * Why appending `input` to `log` would change nothing, or null when it is new information. `known` holds
 * the `contentKey` of every event in the log (kept by the caller, so a check does not re-read the log).
 */
export function redundancyOf(log: readonly ProgressEvent[], known: ReadonlySet<string>, input: ProgressEventInput): string | null {
  if (known.has(contentKey(input))) return 'the same event is already in the log'
  if (input.type === 'round_started' || input.type === 'round_switched' || input.type === 'round_ended') {
    const round = roundsFromEvents(log.filter((e) => 'roundId' in e && e.roundId === input.roundId)).at(0)
    if (input.type === 'round_started') return round ? 'the round has already started' : null
    if (!round) return 'no such round'
    if (round.endedAt !== null) return 'the round has already ended'
    if (input.type === 'round_switched' && currentProblem(round) === input.problemId) return 'that problem is already the current one'
  }
  if (input.type === 'plan_started') {
    const latest = log.filter((e) => e.type === 'plan_started').at(-1)
    if (latest?.type === 'plan_started' && latest.startDate === input.startDate) return 'the plan already starts on that day'
  }
  return null
}

/** An event's content without its id: two events with the same key say the same thing. */
export function contentKey(event: ProgressEventInput | ProgressEvent): string {
  const fields = Object.keys(event)
    .filter((k) => k !== 'id')
    .sort()
  return JSON.stringify(event, fields)
}
