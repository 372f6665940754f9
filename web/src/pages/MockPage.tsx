import { useEffect, useMemo, useRef, useState } from 'react'
import type { EngineState } from '../engine/engine-state.ts'
import { useResizablePanes } from '../components/ResizablePanes.tsx'
import { SolvePanel } from '../components/SolvePanel.tsx'
import { Statement } from '../components/Statement.tsx'
import {
  composeRound,
  currentProblem,
  isOver,
  MIX_LABELS,
  MOCK_MIXES,
  postMortem,
  remainingMs,
  submittedEvent,
  ROUND_MS,
  roundsFromEvents,
  TOPICS,
  type Bank,
  type BrowserBank,
  type MockMix,
  type Problem,
  type ProgressState,
  type Round,
  type Topic,
} from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { draftKey } from './drafts.ts'
import { Explanation } from './ProblemPage.tsx'
import { formatClock } from './useAttemptTimer.ts'
import { useDocumentTitle } from './useDocumentTitle.ts'

interface Props {
  roundId?: string
  params: URLSearchParams
  bank: BrowserBank
  problems: Bank
  engine: EngineState
  progress: ProgressState
  store: ProgressStore
}

/** `length=90s` or `length=10m` in the route sets a shorter round (practice, tests); the default is 45 minutes. */
function roundLength(params: URLSearchParams): number {
  const m = /^(\d+)(s|m)$/.exec(params.get('length') ?? '')
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 60_000) : ROUND_MS
}

/** A round's post-mortem, keeping the route's options (such as a shorter length) for the next round. */
function roundHash(roundId: string, params: URLSearchParams): string {
  const query = params.toString()
  return `#/mock/${roundId}${query ? `?${query}` : ''}`
}

export function MockPage(props: Props) {
  const now = useNow()
  // progress changes whenever an event is appended, which re-derives the rounds.
  const rounds = useMemo(() => roundsFromEvents([...props.store.allEvents()]), [props.store, props.progress])
  const active = rounds.find((r) => !isOver(r, now))

  // The bell: a round past its time ends by itself, drafts kept, and shows its post-mortem. Each round is
  // ended once from this page (the log also refuses a second end), so re-renders cannot loop.
  const endedHere = useRef(new Set<string>())
  useEffect(() => {
    for (const r of rounds)
      if (r.endedAt === null && isOver(r, now) && !endedHere.current.has(r.roundId)) {
        endedHere.current.add(r.roundId)
        void props.store.append({ type: 'round_ended', roundId: r.roundId, at: Date.now(), reason: 'time_up' })
        if (!props.roundId) location.hash = roundHash(r.roundId, props.params)
      }
  }, [rounds, now, props.store, props.roundId])

  const shown = props.roundId ? rounds.find((r) => r.roundId === props.roundId) : undefined
  useDocumentTitle(active ? 'Mock round in progress' : shown ? 'Post-mortem · Mock round' : 'Mock round')
  if (active) return <RoundView {...props} round={active} now={now} />
  return (
    <section className="mock">
      {shown ? <PostMortemView round={shown} problems={props.problems.problems} now={now} params={props.params} /> : <RoundSetup {...props} />}
      <History rounds={rounds} problems={props.problems.problems} now={now} />
    </section>
  )
}

function RoundSetup({ params, problems, progress, store }: Props) {
  const [mix, setMix] = useState<MockMix>('standard')
  const [topic, setTopic] = useState('')
  const topics = [...new Set(problems.problems.flatMap((p) => p.topics))].sort()
  const length = roundLength(params)
  const start = () => {
    const seed = Number(params.get('seed') ?? Math.floor(Math.random() * 2 ** 31))
    const plan = composeRound(problems.problems, progress, { seed, mix, ...(topic ? { topic: topic as Topic } : {}) })
    if (!plan.problemIds.length) return
    const roundId = `r${Date.now().toString(36)}`
    void store.append({
      type: 'round_started',
      roundId,
      at: Date.now(),
      problemIds: plan.problemIds,
      durationMs: length,
      seed,
      mix,
      ...(topic ? { topic } : {}),
    })
    // The running round has an address of its own, which becomes its post-mortem's when it ends.
    location.hash = roundHash(roundId, params)
  }
  return (
    <div className="card">
      <h1>Mock round</h1>
      <p>
        {formatClock(length)} on the clock for three problems, interview style: Run is allowed, each problem is submitted, and there are no hints,
        explanations or descriptions of the hidden cases until the round ends. Editor completion starts off. The clock keeps running if you
        reload or leave; at zero the round ends and your drafts are kept.
      </p>
      <label>
        Problems{' '}
        <select value={mix} onChange={(e) => setMix(e.target.value as MockMix)} aria-label="Mix">
          {MOCK_MIXES.map((m) => (
            <option key={m} value={m}>
              {MIX_LABELS[m]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Topic{' '}
        <select value={topic} onChange={(e) => setTopic(e.target.value)} aria-label="Topic focus">
          <option value="">Any topic</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {TOPICS[t]}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="primary" onClick={start} data-testid="start-round">
        Start the round
      </button>
      <p className="small muted">Problems are drawn from those you have not solved.</p>
    </div>
  )
}

function RoundView({ round, now, bank, problems, engine, store, params }: Props & { round: Round; now: number }) {
  const [completion, setCompletion] = useState(false)
  const current = currentProblem(round)
  const problem = problems.find(current)!
  const left = remainingMs(round, now)
  const submitted = (id: string) => round.submissions.filter((s) => s.problemId === id)
  const panes = useResizablePanes('round-statement')
  return (
    <section className="round" data-testid="round" data-round-id={round.roundId}>
      <div className="round-bar">
        <strong className={`countdown ${left < 5 * 60_000 ? 'over' : ''}`} data-testid="countdown" aria-live="off">
          {formatClock(left)}
        </strong>
        <nav aria-label="Round problems">
          {round.problemIds.map((id, i) => {
            const p = problems.find(id)
            const subs = submitted(id)
            const state = subs.some((s) => s.verdict === 'accepted') ? '✓' : subs.length ? '◐' : '○'
            return (
              <button
                key={id}
                type="button"
                aria-current={id === current ? 'true' : undefined}
                data-testid="round-tab"
                data-problem-id={id}
                onClick={() => id !== current && void store.append({ type: 'round_switched', roundId: round.roundId, problemId: id, at: Date.now() })}
              >
                {state} {i + 1}. {p?.title} <span className={`level ${p?.difficulty}`}>{p?.difficulty}</span>
              </button>
            )
          })}
        </nav>
        <label className="small">
          <input type="checkbox" checked={completion} onChange={(e) => setCompletion(e.target.checked)} /> completion
        </label>
        <FinishRound
          onFinish={() => {
            void store.append({ type: 'round_ended', roundId: round.roundId, at: Date.now(), reason: 'finished' })
            location.hash = roundHash(round.roundId, params)
          }}
        />
      </div>
      <div className="workspace" ref={panes.ref} style={panes.style}>
        <article className="statement" aria-label="Problem statement" id="round-statement">
          <Statement problem={problem} bank={bank} />
        </article>
        {panes.splitter}
        <SolvePanel
          key={`${round.roundId}:${problem.id}:${completion}`}
          problem={problem}
          bank={bank}
          engine={engine}
          draftKey={draftKey(problem.id, round.roundId)}
          completion={completion}
          hideWhy
          onSubmitted={(v, sql) => store.append(submittedEvent({ problemId: problem.id, roundId: round.roundId, at: Date.now(), verdict: v.verdict, sql }))}
        />
      </div>
    </section>
  )
}

/** Ending a round early cannot be undone, so it asks first. */
function FinishRound({ onFinish }: { onFinish: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)} data-testid="finish-round">
        Finish round
      </button>
    )
  return (
    <span role="group" aria-label="Confirm finishing the round" className="confirm">
      End the round now?{' '}
      <button type="button" className="primary" onClick={onFinish} data-testid="confirm-finish" autoFocus>
        Yes, finish
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep going
      </button>
    </span>
  )
}

function PostMortemView({ round, problems, now, params }: { round: Round; problems: Problem[]; now: number; params: URLSearchParams }) {
  const length = params.get('length')
  const pm = postMortem(round, problems, now)
  return (
    <div className="card" data-testid="post-mortem">
      <h1>Post-mortem</h1>
      <p>
        <strong data-testid="pm-accepted">{pm.accepted}</strong> of {pm.items.length} accepted in {formatClock(pm.usedMs)}{' '}
        {pm.endReason === 'time_up' ? '(time ran out)' : '(finished early)'}.
      </p>
      <table className="problems">
        <thead>
          <tr>
            <th scope="col">Problem</th>
            <th scope="col">Time spent / target</th>
            <th scope="col">Submissions</th>
            <th scope="col">First submit</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {pm.items.map((item) => {
            const p = problems.find((x) => x.id === item.problemId)
            return (
              <tr key={item.problemId} data-testid="pm-row" data-accepted={item.accepted}>
                <td>
                  {p ? <a href={`#/p/${p.slug}`}>{item.title}</a> : item.title} <span className={`level ${item.difficulty}`}>{item.difficulty}</span>
                  <FinalQuery query={item.finalQuery} draftKey={draftKey(item.problemId, round.roundId)} />
                  {p && (
                    <details>
                      <summary>Explanation</summary>
                      <Explanation problem={p} />
                    </details>
                  )}
                </td>
                <td className={item.timeSpentMs > item.targetMinutes * 60_000 ? 'error' : undefined}>
                  {formatClock(item.timeSpentMs)} / {item.targetMinutes}:00
                </td>
                <td>{item.attempts ? item.verdicts.join(', ').replaceAll('_', ' ') : 'none'}</td>
                <td>{item.firstSubmitCorrect === null ? '—' : item.firstSubmitCorrect ? 'correct' : 'wrong'}</td>
                <td>{item.accepted ? <span className="good">accepted</span> : <span className="error">not solved</span>}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p>
        <a href={`#/mock${length ? `?length=${encodeURIComponent(length)}` : ''}`}>Start another round</a>
      </p>
    </div>
  )
}

/** The last query submitted for a problem of the round, or, when none was, the draft left at the end. */
function FinalQuery({ query, draftKey }: { query: string | null; draftKey: string }) {
  const draft = query === null ? (localStorage.getItem(draftKey) ?? '').trim() : ''
  const [label, text] = query !== null ? ['Final query submitted', query] : draft ? ['Draft at the end (not submitted)', draft] : [null, null]
  if (text === null) return <p className="muted small">Nothing written.</p>
  return (
    <details data-testid="pm-final-query" open>
      <summary>{label}</summary>
      <pre>
        <code>{text}</code>
      </pre>
    </details>
  )
}

function History({ rounds, problems, now }: { rounds: Round[]; problems: Problem[]; now: number }) {
  const done = rounds.filter((r) => isOver(r, now)).reverse()
  if (!done.length) return null
  const scores = done.map((r) => postMortem(r, problems, now).accepted)
  const recent = scores.slice(0, 5)
  const older = scores.slice(5, 10)
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const trend = older.length ? (avg(recent) > avg(older) ? 'improving' : avg(recent) < avg(older) ? 'slipping' : 'steady') : null
  return (
    <div className="card">
      <h2>Past rounds</h2>
      {trend && (
        <p>
          Last 5 rounds average {avg(recent).toFixed(1)} accepted, the 5 before {avg(older).toFixed(1)}: <strong>{trend}</strong>.
        </p>
      )}
      <table className="problems">
        <tbody>
          {done.map((r, i) => (
            <tr key={r.roundId}>
              <td>
                <a href={`#/mock/${r.roundId}`}>{new Date(r.startedAt).toLocaleString()}</a>
              </td>
              <td>{MIX_LABELS[r.mix]}</td>
              <td>{r.topic ? TOPICS[r.topic as Topic] : ''}</td>
              <td>
                {scores[i]} / {r.problemIds.length} accepted
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function useNow(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(t)
  }, [])
  return now
}
