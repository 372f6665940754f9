import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { EngineState } from '../engine/engine-state.ts'
import { expectedRows, isBlankDraft, prepareProblem, runProblem, submitProblem, type BrowserBank, type Problem, type ProblemKind, type QueryRun, type RunReport, type Submission, type Verdict } from '../core.ts'
import { ResultTable } from './ResultTable.tsx'
import { SubmissionHistory } from './SubmissionHistory.tsx'
import { VerdictView } from './VerdictView.tsx'

/** Starts loading the editor (Monaco, 3 MB of script) before a page that shows it renders. */
export const preloadEditor = () => import('../editor/SqlEditor.tsx')
const SqlEditor = lazy(preloadEditor)

/** What the empty editor says to write, per kind of problem. */
export const EDITOR_PLACEHOLDER: Record<ProblemKind, string> = {
  query: '-- Write one PostgreSQL query',
  transform: '-- Write the script: INSERT / UPDATE / DELETE / MERGE … statements',
  optimize: '-- CREATE INDEX … ; then one SELECT (the given query or a rewrite)',
}

type Outcome =
  | { kind: 'run'; report: RunReport; ms: number }
  | { kind: 'submit'; verdict: Verdict; ms: number }
  /** Grading itself failed (not the query): shown as an error card, never as silence. */
  | { kind: 'failed'; mode: 'run' | 'submit'; message: string }
  | null

export interface SolvePanelProps {
  problem: Problem
  bank: BrowserBank
  engine: EngineState
  draftKey: string
  /** Records a submission: its verdict and the query submitted. */
  onSubmitted: (verdict: Verdict, sql: string) => unknown
  /** Called just before a submission is recorded (the attempt timer flushes its last seconds). */
  beforeSubmit?: () => void
  /** Mock rounds hide what a hidden case is about, and a drill's reference plan. */
  hideWhy?: boolean
  completion: boolean
  toolbarExtra?: React.ReactNode
  /** Offers the expected rows on the visible data, recorded like a hint; absent in mock rounds. */
  onRevealExpected?: () => void
  /** Past submissions of this problem, newest first, each restorable into the editor; absent in mock rounds. */
  submissions?: Submission[]
  /** Shown under an Accepted verdict (where to go next). */
  afterAccepted?: React.ReactNode
}

/** The editor with Run and Submit and what they return. */
export function SolvePanel(props: SolvePanelProps) {
  const { problem, engine, draftKey } = props
  // The editor starts empty (its placeholder says what to write): no starter text to end up before the learner's.
  const [sql, setSql] = useState(() => {
    const draft = localStorage.getItem(draftKey) ?? ''
    return isBlankDraft(draft) ? '' : draft
  })
  // What Run and Submit read: the editor's text as of its last change, not as of the last render (a Run
  // pressed right after a change would otherwise run the text before it).
  const currentSql = useRef(sql)
  const edit = useCallback((text: string) => {
    currentSql.current = text
    setSql(text)
  }, [])
  // Restoring a past submission replaces the editor's text as one edit (Ctrl+Z brings back what was there).
  const [replacement, setReplacement] = useState<{ text: string } | null>(null)
  const restore = (text: string) => {
    edit(text) // the text of an editor still loading
    setReplacement({ text })
  }
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [seq, setSeq] = useState(0)
  const [busy, setBusy] = useState<null | 'run' | 'submit'>(null)
  const [dark, setDark] = useState(document.documentElement.dataset.theme === 'dark')
  const schema = props.bank.schemas[problem.dataset] ?? []

  useEffect(() => localStorage.setItem(draftKey, sql), [draftKey, sql])
  useEffect(() => {
    const observer = new MutationObserver(() => setDark(document.documentElement.dataset.theme === 'dark'))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => observer.disconnect()
  }, [])

  // While the learner reads the statement, the engine computes the reference's answers and the copies the
  // reordered and example cases read, so a Submit runs the learner's query alone. Anything that fails here
  // fails again on Submit, which reports it with its verdict.
  const readyEngine = engine.status === 'ready' ? engine.boot.engine : null
  useEffect(() => {
    if (readyEngine) void prepareProblem(readyEngine, problem).catch(() => undefined)
  }, [readyEngine, problem])

  const execute = useCallback(
    async (mode: 'run' | 'submit') => {
      if (engine.status !== 'ready' || busy) return
      setBusy(mode)
      const started = performance.now()
      const text = currentSql.current
      try {
        if (mode === 'run') {
          const report = await runProblem(engine.boot.engine, problem, text)
          setOutcome({ kind: 'run', report, ms: performance.now() - started })
        } else {
          const verdict = await submitProblem(engine.boot.engine, problem, text)
          setOutcome({ kind: 'submit', verdict, ms: performance.now() - started })
          props.beforeSubmit?.()
          await props.onSubmitted(verdict, text)
        }
      } catch (e) {
        setOutcome({ kind: 'failed', mode, message: e instanceof Error ? e.message : String(e) })
      } finally {
        setSeq((n) => n + 1)
        setBusy(null)
      }
    },
    [engine, busy, problem, props],
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

  const shown = outcome?.kind === 'submit' ? outcomeOfVerdict(outcome.verdict) : outcome?.kind === 'run' ? outcomeOfRun(outcome.report) : null
  const editorError = shown?.error ?? null
  // While a query runs the buttons are aria-disabled, not disabled (execute ignores them): disabling the
  // focused button would drop keyboard focus to the page, and focus stays on Run after running.
  const off = engine.status !== 'ready'

  return (
    <section className="solve" aria-label={problem.kind === 'query' ? 'Your query' : 'Your script'}>
      <div className="toolbar">
        <button type="button" onClick={() => void execute('run')} disabled={off} aria-disabled={!!busy} data-testid="run" title="Ctrl/Cmd+Enter">
          {busy === 'run' ? 'Running…' : 'Run'}
        </button>
        <button type="button" className="primary" onClick={() => void execute('submit')} disabled={off} aria-disabled={!!busy} data-testid="submit" title="Ctrl/Cmd+Shift+Enter">
          {busy === 'submit' ? 'Grading…' : 'Submit'}
        </button>
        {props.toolbarExtra}
      </div>
      <Suspense fallback={<div className="editor-host loading">Loading the editor…</div>}>
        <SqlEditor
          key={draftKey}
          value={sql}
          onChange={edit}
          onRun={() => void execute('run')}
          onSubmit={() => void execute('submit')}
          schema={schema}
          error={editorError}
          dark={dark}
          completion={props.completion}
          placeholder={EDITOR_PLACEHOLDER[problem.kind]}
          replacement={replacement}
        />
      </Suspense>
      <div className="output" aria-live="polite" data-testid="output" data-seq={seq} data-verdict={shown?.verdict}>
        {engine.status === 'starting' && <p className="muted">Starting PostgreSQL in your browser…</p>}
        {outcome?.kind === 'submit' && <VerdictView verdict={outcome.verdict} hideWhy={props.hideWhy} hideReference={props.hideWhy} sql={sql} />}
        {outcome?.kind === 'submit' && outcome.verdict.verdict === 'accepted' && props.afterAccepted}
        {outcome?.kind === 'run' && (
          <RunView
            report={outcome.report}
            ms={outcome.ms}
            hideWhy={props.hideWhy}
            {...(props.onRevealExpected && engine.status === 'ready'
              ? {
                  reveal: () => {
                    props.onRevealExpected!()
                    return expectedRows(engine.boot.engine, problem)
                  },
                }
              : {})}
          />
        )}
        {outcome?.kind === 'failed' && (
          <div className="verdict bad" role="alert" data-testid="grading-failed">
            <h3>{outcome.mode === 'run' ? 'Run' : 'Submit'} could not finish</h3>
            <p>
              Something went wrong inside sqlprep, not in your query: {outcome.message}. Your draft is kept; try again, and reload the page if it
              happens twice.
            </p>
          </div>
        )}
      </div>
      {props.submissions && <SubmissionHistory submissions={props.submissions} onRestore={restore} />}
    </section>
  )
}

interface Shown {
  /** The verdict's name, exposed on the output as data-verdict. */
  verdict: string
  /** A position in the learner's text to underline. */
  error?: { position: number; message: string }
}

function outcomeOfVerdict(v: Verdict): Shown {
  if (v.verdict === 'error' && v.error.position) return { verdict: v.verdict, error: { position: v.error.position, message: v.error.message } }
  if (v.verdict === 'rejected' && v.position) return { verdict: v.verdict, error: { position: v.position, message: v.message } }
  return { verdict: v.verdict }
}

/** What a Run amounts to: the example's verdict, or why the query did not run on the visible data. */
function outcomeOfRun({ rows, example }: RunReport): Shown {
  if (rows.outcome === 'error')
    return { verdict: 'error', ...(rows.error.position ? { error: { position: rows.error.position, message: rows.error.message } } : {}) }
  if (rows.outcome === 'rejected') return { verdict: 'rejected', ...(rows.position ? { error: { position: rows.position, message: rows.message } } : {}) }
  return example ? outcomeOfVerdict(example) : { verdict: 'timeout' }
}

function RunView({ report, ms, hideWhy, reveal }: { report: RunReport; ms: number; hideWhy?: boolean; reveal?: () => Promise<QueryRun> }) {
  const { example } = report
  const [expected, setExpected] = useState<QueryRun | null>(null)
  return (
    <div data-testid="run-output">
      <p className="muted">Run on the visible data · {ms.toFixed(0)} ms</p>
      <QueryRunView run={report.rows} caption="Your rows" script="your script" testId="run-actual" />
      {!example ? null : example.verdict === 'accepted' ? (
        <p className="good" data-testid="run-example">
          Your query gives the expected output on the statement’s example. Submit to check the visible data and the hidden cases.
        </p>
      ) : example.verdict !== 'error' && example.verdict !== 'rejected' ? (
        <div data-testid="run-example">
          <p>On the statement’s example:</p>
          <VerdictView verdict={example} hideWhy={hideWhy} hideReference={hideWhy} />
        </div>
      ) : null}
      {reveal && !expected && (
        <p>
          <button type="button" className="ghost" onClick={() => void reveal().then(setExpected)} data-testid="reveal-expected">
            Show the expected {report.rows.outcome === 'state' ? 'tables' : 'rows'} on the visible data
          </button>{' '}
          <span className="muted small">(recorded, like a hint; an interviewer would not show them)</span>
        </p>
      )}
      {expected && <QueryRunView run={expected} caption="Expected rows" script="the reference script" testId="run-expected" />}
    </div>
  )
}

/** One query's rows on the visible data (a script's tables after it ran), or why it returned none. */
function QueryRunView({ run, caption, script, testId }: { run: QueryRun; caption: string; script: string; testId: string }) {
  switch (run.outcome) {
    case 'rows':
      return <ResultTable testId={testId} caption={`${caption} (${run.rows.length})`} columns={run.columns} rows={run.rows} />
    case 'state':
      return (
        <div data-testid={testId}>
          <p className="small muted">The tables after {script} on the visible data (then rolled back):</p>
          {run.tables.map((t) => (
            <ResultTable
              key={t.table}
              testId="state-table"
              caption={`${t.table} after ${script} (${t.rows.length} ${t.rows.length === 1 ? 'row' : 'rows'})`}
              columns={t.columns}
              rows={t.rows}
            />
          ))}
        </div>
      )
    case 'error':
      return (
        <p className="error" data-testid={testId}>
          {run.error.sqlstate}: {run.error.message}
        </p>
      )
    case 'rejected':
      return (
        <p className="error" data-testid={testId}>
          {run.message}
        </p>
      )
    case 'timeout':
      return (
        <p className="error" data-testid={testId}>
          The query ran longer than {run.limitMs / 1000} s and was stopped.
        </p>
      )
    case 'too_many_rows':
      return (
        <p className="error" data-testid={testId}>
          More than {run.limit.toLocaleString('en')} rows: add a LIMIT to look at a sample.
        </p>
      )
  }
}
