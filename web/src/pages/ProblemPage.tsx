import { useEffect, useMemo, useState } from 'react'
import type { EngineState } from '../engine/engine-state.ts'
import { Markdown } from '../components/Markdown.tsx'
import { useResizablePanes } from '../components/ResizablePanes.tsx'
import { SolvePanel } from '../components/SolvePanel.tsx'
import { Statement } from '../components/Statement.tsx'
import { isOver, nextProblem, roundsFromEvents, submissionHistory, submittedEvent, type Bank, type BrowserBank, type Problem, type ProgressState } from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { AfterAccepted, EXPLANATION_ID } from './AfterAccepted.tsx'
import { draftKey } from './drafts.ts'
import { GiveUp } from './GiveUp.tsx'
import { formatClock, useAttemptTimer } from './useAttemptTimer.ts'
import { useDocumentTitle } from './useDocumentTitle.ts'

export function ProblemPage(props: { slug: string; bank: BrowserBank; problems: Bank; engine: EngineState; progress: ProgressState; store: ProgressStore }) {
  const problem = props.problems.find(props.slug)
  useDocumentTitle(problem ? problem.title : 'Problem not found')
  if (!problem) return <p className="error">No problem “{props.slug}”. <a href="#/">Back to the list</a></p>
  return <Workspace {...props} problem={problem} />
}

function Workspace({ problem, problems, bank, engine, progress, store }: { problem: Problem; problems: Bank; bank: BrowserBank; engine: EngineState; progress: ProgressState; store: ProgressStore }) {
  const state = progress.problems[problem.id]
  const [revealed, setRevealed] = useState(state?.hintsRevealed ?? 0)
  const solved = state?.status === 'solved'
  const finished = solved || state?.gaveUp === true
  // Opened by its address while a mock round that holds it runs: interview conditions apply here too.
  // The log is read once per change of progress, not on every timer tick (it can hold 100,000 events).
  const rounds = useMemo(() => roundsFromEvents([...store.allEvents()]), [store, progress])
  const round = rounds.find((r) => !isOver(r, Date.now()) && r.problemIds.includes(problem.id))
  const submissions = useMemo(() => submissionHistory(store.allEvents(), problem.id), [store, progress, problem.id])
  const next = nextProblem(problems.problems, progress, problem.id)
  const panes = useResizablePanes('statement')

  useEffect(() => void store.append({ type: 'opened', problemId: problem.id, at: Date.now() }), [problem.id, store])
  const timer = useAttemptTimer(state?.activeMs ?? 0, !solved, (ms) => void store.append({ type: 'active', problemId: problem.id, at: Date.now(), ms }))
  const activeMs = solved ? (state?.timeToAcceptMs ?? timer.ms) : timer.ms

  return (
    <div className="workspace" ref={panes.ref} style={panes.style}>
      <article className="statement" aria-label="Problem statement" id="statement">
        <p className="muted small">
          <a href="#/">← Problems</a> · Days {problem.plan.days.join('–')} · {problem.scenario}
        </p>
        <Statement problem={problem} bank={bank}>
          {solved && <span className="badge solved">solved</span>}
        </Statement>
        {round ? (
          <p className="notice" role="status" data-testid="in-round">
            This problem is part of the mock round running now: hints, giving up and the explanation are off until it ends.{' '}
            <a href={`#/mock/${round.roundId}`}>Back to the round</a>
          </p>
        ) : (
          <section aria-label="Hints">
            {problem.hints.slice(0, revealed).map((h, i) => (
              <p key={i} className="hint">
                Hint {i + 1}: <Markdown inline text={h} />
              </p>
            ))}
            {revealed < problem.hints.length && !finished && (
              <button
                type="button"
                onClick={() => {
                  void store.append({ type: 'hint_revealed', problemId: problem.id, at: Date.now(), index: revealed })
                  setRevealed(revealed + 1)
                }}
              >
                Show hint {revealed + 1} of {problem.hints.length}
              </button>
            )}
            {!finished && <GiveUp onConfirm={() => void store.append({ type: 'gave_up', problemId: problem.id, at: Date.now() })} />}
          </section>
        )}
        {finished && !round && <Explanation problem={problem} id={EXPLANATION_ID} />}
      </article>
      {panes.splitter}
      <SolvePanel
        problem={problem}
        bank={bank}
        engine={engine}
        draftKey={draftKey(problem.id)}
        completion
        hideWhy={!!round}
        {...(round ? {} : { onRevealExpected: () => void store.append({ type: 'expected_revealed', problemId: problem.id, at: Date.now() }) })}
        beforeSubmit={timer.flushNow}
        onSubmitted={(v, sql) =>
          store.append(submittedEvent({ problemId: problem.id, ...(round ? { roundId: round.roundId } : {}), at: Date.now(), verdict: v.verdict, sql }))
        }
        {...(round ? {} : { submissions, afterAccepted: <AfterAccepted next={next} /> })}
        toolbarExtra={
          <>
            <span className={`timer ${activeMs > problem.targetMinutes * 60_000 ? 'over' : ''}`} data-testid="timer" title="Active time on this problem">
              Time {formatClock(activeMs)} / {problem.targetMinutes}:00
            </span>
            <span className="muted small" data-testid="submission-count">
              {state?.attempts ?? 0} submission{state?.attempts === 1 ? '' : 's'}
            </span>
          </>
        }
      />
    </div>
  )
}

export function Explanation({ problem, id }: { problem: Problem; id?: string }) {
  return (
    <section className="explanation" aria-label="Explanation" id={id} tabIndex={id ? -1 : undefined}>
      <h2>Explanation</h2>
      <Markdown text={problem.explanation} />
      <h3>Reference solution</h3>
      <pre>
        <code>{problem.solution}</code>
      </pre>
      {problem.alternates.map((a) => (
        <div key={a.id}>
          <h3>Alternative: {a.id}</h3>
          <p className="small">{a.why}</p>
          <pre>
            <code>{a.sql}</code>
          </pre>
        </div>
      ))}
    </section>
  )
}
