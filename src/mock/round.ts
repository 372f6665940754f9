import { TARGET_MINUTES } from '../problems/bank.ts'
import type { Problem } from '../problems/problem.ts'
import type { VerdictName } from '../grader/verdict.ts'
import type { ProgressEvent } from '../progress/events.ts'
import type { MockMix } from './compose.ts'

// A mock round's state and post-mortem, derived from the event log (pure; `now` is passed in). The
// countdown runs on wall time from the start event, so a reload changes nothing.

export interface Round {
  roundId: string
  problemIds: string[]
  mix: MockMix
  topic?: string
  seed: number
  startedAt: number
  durationMs: number
  /** Which problem was current from when. */
  switches: { problemId: string; at: number }[]
  submissions: { problemId: string; verdict: VerdictName; at: number; sql: string | null }[]
  endedAt: number | null
  endReason: 'time_up' | 'finished' | null
}

export function roundsFromEvents(events: ProgressEvent[]): Round[] {
  const rounds = new Map<string, Round>()
  for (const e of events) {
    if (e.type === 'round_started') {
      if (rounds.has(e.roundId)) continue
      rounds.set(e.roundId, {
        roundId: e.roundId,
        problemIds: e.problemIds,
        mix: e.mix,
        ...(e.topic ? { topic: e.topic } : {}),
        seed: e.seed,
        startedAt: e.at,
        durationMs: e.durationMs,
        switches: [{ problemId: e.problemIds[0]!, at: e.at }],
        submissions: [],
        endedAt: null,
        endReason: null,
      })
      continue
    }
    const roundId = 'roundId' in e ? e.roundId : undefined
    const round = roundId ? rounds.get(roundId) : undefined
    if (!round || round.endedAt !== null) continue
    // The end is recorded whenever the page gets to write it (often after the bell); it never counts
    // time past the bell. Work done after the bell does not count.
    if (e.type === 'round_ended') {
      round.endedAt = Math.min(e.at, deadline(round))
      round.endReason = e.at >= deadline(round) ? 'time_up' : e.reason
      continue
    }
    if (e.at > deadline(round)) continue
    if (e.type === 'round_switched') round.switches.push({ problemId: e.problemId, at: e.at })
    if (e.type === 'submitted') round.submissions.push({ problemId: e.problemId, verdict: e.verdict, at: e.at, sql: e.sql ?? null })
  }
  return [...rounds.values()].sort((a, b) => a.startedAt - b.startedAt)
}

export function deadline(round: Round): number {
  return round.startedAt + round.durationMs
}

/** When the round stopped counting: its end event, or the bell. */
export function endOf(round: Round, now: number): number {
  return Math.min(round.endedAt ?? Infinity, deadline(round), Math.max(now, round.startedAt))
}

export function isOver(round: Round, now: number): boolean {
  return round.endedAt !== null || now >= deadline(round)
}

export function remainingMs(round: Round, now: number): number {
  return round.endedAt !== null ? 0 : Math.max(0, deadline(round) - now)
}

export function currentProblem(round: Round): string {
  return round.switches.at(-1)!.problemId
}

export interface PostMortemItem {
  problemId: string
  title: string
  difficulty: Problem['difficulty']
  targetMinutes: number
  timeSpentMs: number
  attempts: number
  verdicts: VerdictName[]
  accepted: boolean
  /** The first submission was accepted (null when nothing was submitted). */
  firstSubmitCorrect: boolean | null
  /** The last query submitted in the round (null when nothing was submitted, or the log did not keep it). */
  finalQuery: string | null
}

export interface PostMortem {
  items: PostMortemItem[]
  accepted: number
  usedMs: number
  endReason: 'time_up' | 'finished'
}

export function postMortem(round: Round, problems: Problem[], now: number): PostMortem {
  const end = endOf(round, now)
  const spent = new Map<string, number>()
  round.switches.forEach((s, i) => {
    const until = Math.min(round.switches[i + 1]?.at ?? end, end)
    spent.set(s.problemId, (spent.get(s.problemId) ?? 0) + Math.max(0, until - s.at))
  })
  const items = round.problemIds.map((id) => {
    const p = problems.find((x) => x.id === id)
    const subs = round.submissions.filter((s) => s.problemId === id)
    return {
      problemId: id,
      title: p?.title ?? id,
      difficulty: p?.difficulty ?? 'medium',
      targetMinutes: p?.targetMinutes ?? TARGET_MINUTES.medium,
      timeSpentMs: spent.get(id) ?? 0,
      attempts: subs.length,
      verdicts: subs.map((s) => s.verdict),
      accepted: subs.some((s) => s.verdict === 'accepted'),
      firstSubmitCorrect: subs.length ? subs[0]!.verdict === 'accepted' : null,
      finalQuery: subs.at(-1)?.sql ?? null,
    }
  })
  return {
    items,
    accepted: items.filter((i) => i.accepted).length,
    usedMs: end - round.startedAt,
    endReason: round.endReason ?? 'time_up',
  }
}
