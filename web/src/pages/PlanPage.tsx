import { useState } from 'react'
import { MilestoneChart } from '../components/MilestoneChart.tsx'
import {
  describePlanStatus,
  isPlanDate,
  ownLine,
  PLAN,
  planDay,
  planStartDate,
  planStatus,
  projectionOnceStarted,
  reviewQueue,
  segmentFor,
  todaysProblems,
  type Problem,
  type ProgressState,
} from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { useDocumentTitle } from './useDocumentTitle.ts'

export function localDate(at: number): string {
  const d = new Date(at)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Local midnight starting a plan date ("2026-12-06"), in ms. */
export function localMidnight(date: string): number {
  return new Date(`${date}T00:00:00`).getTime()
}

export function PlanPage({ problems, progress, store }: { problems: Problem[]; progress: ProgressState; store: ProgressStore }) {
  useDocumentTitle('Study plan')
  const events = [...store.allEvents()]
  const startDate = planStartDate(events)
  const [draft, setDraft] = useState(startDate ?? localDate(Date.now()))
  const today = localDate(Date.now())
  const valid = isPlanDate(draft)
  const setStart = () => {
    if (valid) void store.append({ type: 'plan_started', at: Date.now(), startDate: draft })
  }

  const picker = (
    <p>
      <label>
        Plan start date{' '}
        <input
          type="date"
          min="2000-01-01"
          max="2100-12-31"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={!valid}
          aria-describedby="plan-start-error"
          data-testid="plan-start"
        />
      </label>{' '}
      <button type="button" onClick={setStart} disabled={!valid} data-testid="plan-save">
        {startDate ? 'Change start date' : 'Start the plan'}
      </button>
      {!valid && (
        <span id="plan-start-error" className="error" role="alert">
          {' '}
          Enter a whole date between 2000-01-01 and 2100-12-31.
        </span>
      )}
    </p>
  )
  if (!startDate)
    return (
      <section className="card">
        <h1>Your 90-day plan</h1>
        <p>Set the day you start; the plan then shows what each day asks for, drawn from the bank, and whether you are on pace for its milestones.</p>
        {picker}
      </section>
    )

  const day = planDay(startDate, today)
  const segment = segmentFor(day)
  const now = Date.now()
  const due = reviewQueue(problems, events, progress, now)
  const todays = todaysProblems(problems, progress, day, due.map((d) => d.problemId))
  const solvedAt = problems.flatMap((p) => (progress.problems[p.id]?.acceptedAt ? [progress.problems[p.id]!.acceptedAt!] : []))
  const dayOne = localMidnight(startDate)
  const status = planStatus(day)
  // Before day 1 there is no pace to project: the page says when the plan starts instead.
  const pace = projectionOnceStarted(solvedAt.length, day)

  return (
    <section className="plan">
      <h1 data-testid="plan-day">{describePlanStatus(status)}</h1>
      {segment && (
        <div className="card" data-testid="plan-today">
          <h2>Today: {segment.title}</h2>
          <p className="muted">
            Days {segment.days[0]}–{segment.days[1]}: {segment.perDay[0]}–{segment.perDay[1]} a day.
          </p>
          {segment.kind === 'mock' ? (
            <p>
              <a href="#/mock">Start a mock round</a> (45 minutes, 3 problems).
            </p>
          ) : todays.length ? (
            <ol>
              {todays.map((p) => (
                <li key={p.id} data-testid="plan-problem">
                  <a href={`#/p/${p.slug}`}>{p.title}</a> <span className={`level ${p.difficulty}`}>{p.difficulty}</span>
                  {due.some((d) => d.problemId === p.id) && <span className="muted small"> — due for review</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p className="good">Nothing left for today in the bank: well done.</p>
          )}
        </div>
      )}
      <MilestoneChart
        points={ownLine(solvedAt, dayOne, now)}
        {...(pace ? { projectedAt90: Math.round(pace.pace * 90) } : {})}
        caption={pace ? "day of your plan (dashed: the plan's milestones; thin: your pace projected)" : "day of your plan (dashed: the plan's milestones)"}
      />
      <p data-testid="plan-pace">
        {pace ? (
          <>
            {pace.solved} solved in {pace.day} day{pace.day === 1 ? '' : 's'} ({pace.pace.toFixed(1)} a day). At this pace:{' '}
            {pace.atMilestones.map((m) => `${m.projected} by day ${m.day} (goal ${m.target})`).join(', ')}.
          </>
        ) : (
          status.kind === 'upcoming' && (
            <>
              Your pace is projected onto the milestones from the plan’s first day, {startDate}. {solvedAt.length} solved so far.
            </>
          )
        )}
      </p>
      <details>
        <summary>The whole plan</summary>
        <ul>
          {PLAN.map((s) => (
            <li key={s.days[0]}>
              Days {s.days[0]}–{s.days[1]}: {s.title}
            </li>
          ))}
        </ul>
      </details>
      {picker}
    </section>
  )
}
