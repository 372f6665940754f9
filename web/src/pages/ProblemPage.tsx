import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { EngineState } from '../App.tsx'
import { Markdown } from '../components/Markdown.tsx'
import { ResultTable, resultColumns } from '../components/ResultTable.tsx'
import { VerdictView } from '../components/VerdictView.tsx'
import { describeContract, runProblem, submitProblem, TOPICS, type Bank, type BrowserBank, type Problem, type ProgressState, type RunReport, type Verdict } from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { formatClock, useAttemptTimer } from './useAttemptTimer.ts'

const SqlEditor = lazy(() => import('../editor/SqlEditor.tsx'))

type Outcome = { kind: 'run'; report: RunReport; ms: number } | { kind: 'submit'; verdict: Verdict; ms: number } | null

export function ProblemPage(props: { slug: string; bank: BrowserBank; problems: Bank; engine: EngineState; progress: ProgressState; store: ProgressStore }) {
  const problem = props.problems.find(props.slug)
  if (!problem) return <p className="error">No problem “{props.slug}”. <a href="#/">Back to the list</a></p>
  return <Workspace {...props} problem={problem} />
}

function Workspace({ problem, bank, engine, progress, store }: { problem: Problem; bank: BrowserBank; engine: EngineState; progress: ProgressState; store: ProgressStore }) {
  const state = progress.problems[problem.id]
  const draftKey = `sqlprep:draft:${problem.id}`
  const [sql, setSql] = useState(() => localStorage.getItem(draftKey) ?? '-- Write one PostgreSQL query\nselect\n')
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [seq, setSeq] = useState(0)
  const [busy, setBusy] = useState<null | 'run' | 'submit'>(null)
  const [revealed, setRevealed] = useState(state?.hintsRevealed ?? 0)
  const [dark, setDark] = useState(document.documentElement.dataset.theme === 'dark')
  const solved = state?.status === 'solved'
  const finished = solved || state?.gaveUp === true
  const example = bank.examples[problem.id]
  const schema = bank.schemas[problem.dataset] ?? []

  useEffect(() => void store.append({ type: 'opened', problemId: problem.id, at: Date.now() }), [problem.id, store])
  useEffect(() => localStorage.setItem(draftKey, sql), [draftKey, sql])
  useEffect(() => {
    const observer = new MutationObserver(() => setDark(document.documentElement.dataset.theme === 'dark'))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => observer.disconnect()
  }, [])

  const timer = useAttemptTimer(state?.activeMs ?? 0, !solved, (ms) => void store.append({ type: 'active', problemId: problem.id, at: Date.now(), ms }))
  const activeMs = timer.ms

  const execute = useCallback(
    async (mode: 'run' | 'submit') => {
      if (engine.status !== 'ready' || busy) return
      setBusy(mode)
      const started = performance.now()
      try {
        if (mode === 'run') {
          const report = await runProblem(engine.boot.engine, problem, sql)
          setOutcome({ kind: 'run', report, ms: performance.now() - started })
          setSeq((n) => n + 1)
        } else {
          const verdict = await submitProblem(engine.boot.engine, problem, sql)
          setOutcome({ kind: 'submit', verdict, ms: performance.now() - started })
          setSeq((n) => n + 1)
          timer.flushNow()
          await store.append({ type: 'submitted', problemId: problem.id, at: Date.now(), verdict: verdict.verdict })
        }
      } finally {
        setBusy(null)
      }
    },
    [engine, busy, problem, sql, store, timer],
  )

  // The shortcuts also work when focus is outside the editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).closest('.monaco-editor')) return
      e.preventDefault()
      void execute(e.shiftKey ? 'submit' : 'run')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [execute])

  const verdictForMarker = outcome?.kind === 'submit' ? outcome.verdict : outcome?.kind === 'run' ? outcome.report.verdict : null
  const editorError =
    verdictForMarker?.verdict === 'error' && verdictForMarker.error.position
      ? { position: verdictForMarker.error.position, message: verdictForMarker.error.message }
      : verdictForMarker?.verdict === 'rejected' && verdictForMarker.position
        ? { position: verdictForMarker.position, message: verdictForMarker.message }
        : null

  return (
    <div className="workspace">
      <article className="statement" aria-label="Problem statement">
        <p className="muted small">
          <a href="#/">← Problems</a> · Days {problem.plan.days.join('–')} · {problem.scenario}
        </p>
        <h1>
          {problem.title} <span className={`level ${problem.difficulty}`}>{problem.difficulty}</span>
          {solved && <span className="badge solved">solved</span>}
        </h1>
        <p className="small muted">{problem.topics.map((t) => TOPICS[t]).join(' · ')}</p>
        <Markdown text={problem.statement} />
        {example && (
          <section aria-label="Example">
            <h2>Example</h2>
            {example.tables.map((t) => (
              <ResultTable key={t.name} caption={t.name} columns={resultColumns(t.result)} rows={t.result.rows} />
            ))}
            <ResultTable caption="Expected output" columns={resultColumns(example.expected)} rows={example.expected.rows} />
          </section>
        )}
        <section aria-label="Grading">
          <h2>How it is graded</h2>
          <ul>
            {describeContract(problem.contract, example ? resultColumns(example.expected) : undefined).map((l) => (
              <li key={l}>{l}</li>
            ))}
            <li>Submit checks the visible data, this example and {problem.cases.length} hidden cases.</li>
          </ul>
        </section>
        <details className="schema">
          <summary>Schema of the {problem.dataset} dataset</summary>
          {schema.map((t) => (
            <div key={t.name}>
              <h3>
                {t.name} <span className="muted small">{t.rowCount} rows</span>
              </h3>
              <p className="small columns">{t.columns.map((c) => `${c.name} ${c.type}`).join(' · ')}</p>
              <ResultTable columns={resultColumns(t.sample)} rows={t.sample.rows} />
            </div>
          ))}
        </details>
        <section aria-label="Hints">
          {problem.hints.slice(0, revealed).map((h, i) => (
            <p key={i} className="hint">
              Hint {i + 1}: {h}
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
          {!finished && (
            <button type="button" className="ghost" onClick={() => void store.append({ type: 'gave_up', problemId: problem.id, at: Date.now() })}>
              Give up and show the solution
            </button>
          )}
        </section>
        {finished && (
          <section className="explanation" aria-label="Explanation">
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
        )}
      </article>
      <section className="solve" aria-label="Your query">
        <div className="toolbar">
          <button type="button" onClick={() => void execute('run')} disabled={engine.status !== 'ready' || !!busy} data-testid="run" title="Ctrl/Cmd+Enter">
            {busy === 'run' ? 'Running…' : 'Run'}
          </button>
          <button type="button" className="primary" onClick={() => void execute('submit')} disabled={engine.status !== 'ready' || !!busy} data-testid="submit" title="Ctrl/Cmd+Shift+Enter">
            {busy === 'submit' ? 'Grading…' : 'Submit'}
          </button>
          <span className={`timer ${activeMs > problem.targetMinutes * 60_000 ? 'over' : ''}`} data-testid="timer" title="Active time on this problem">
            Time {formatClock(solved ? (state?.timeToAcceptMs ?? activeMs) : activeMs)} / {problem.targetMinutes}:00
          </span>
          <span className="muted small">{state?.attempts ?? 0} submissions</span>
        </div>
        <Suspense fallback={<div className="editor-host loading">Loading the editor…</div>}>
          <SqlEditor value={sql} onChange={setSql} onRun={() => void execute('run')} onSubmit={() => void execute('submit')} schema={schema} error={editorError} dark={dark} completion />
        </Suspense>
        <div className="output" aria-live="polite" data-testid="output" data-seq={seq} data-verdict={outcome?.kind === 'submit' ? outcome.verdict.verdict : outcome?.report.verdict.verdict}>
          {engine.status === 'starting' && <p className="muted">Starting PostgreSQL in your browser…</p>}
          {outcome?.kind === 'submit' && <VerdictView verdict={outcome.verdict} />}
          {outcome?.kind === 'run' && <RunView report={outcome.report} ms={outcome.ms} />}
        </div>
      </section>
    </div>
  )
}

function RunView({ report, ms }: { report: RunReport; ms: number }) {
  const v = report.verdict
  const ok = v.verdict === 'accepted'
  return (
    <div data-testid="run-output">
      <p className={ok ? 'good' : 'muted'}>
        {ok ? 'Your rows match the expected rows on the visible data. Submit to check the hidden cases.' : 'Run on the visible data'} · {ms.toFixed(0)} ms
      </p>
      {report.actual || report.expected ? (
        <div className="side-by-side">
          {report.actual && <ResultTable testId="run-actual" caption={`Your rows (${report.actual.rows.length})`} columns={resultColumns(report.actual)} rows={report.actual.rows} />}
          {report.expected && <ResultTable testId="run-expected" caption={`Expected rows (${report.expected.rows.length})`} columns={resultColumns(report.expected)} rows={report.expected.rows} />}
        </div>
      ) : null}
      {!ok && <VerdictView verdict={v} />}
    </div>
  )
}
