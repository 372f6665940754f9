import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { EngineState } from '../engine/engine-state.ts'
import { runProblem, submitProblem, type BrowserBank, type Problem, type RunReport, type Verdict } from '../core.ts'
import { ResultTable, resultColumns } from './ResultTable.tsx'
import { VerdictView } from './VerdictView.tsx'

const SqlEditor = lazy(() => import('../editor/SqlEditor.tsx'))

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
  onSubmitted: (verdict: Verdict) => unknown
  /** Called just before a submission is recorded (the attempt timer flushes its last seconds). */
  beforeSubmit?: () => void
  /** Mock rounds hide what a hidden case is about. */
  hideWhy?: boolean
  completion: boolean
  toolbarExtra?: React.ReactNode
  disabled?: boolean
}

/** The editor with Run and Submit and what they return. */
export function SolvePanel(props: SolvePanelProps) {
  const { problem, engine, draftKey } = props
  const [sql, setSql] = useState(() => localStorage.getItem(draftKey) ?? '-- Write one PostgreSQL query\nselect\n')
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

  const execute = useCallback(
    async (mode: 'run' | 'submit') => {
      if (engine.status !== 'ready' || busy || props.disabled) return
      setBusy(mode)
      const started = performance.now()
      try {
        if (mode === 'run') {
          const report = await runProblem(engine.boot.engine, problem, sql)
          setOutcome({ kind: 'run', report, ms: performance.now() - started })
        } else {
          const verdict = await submitProblem(engine.boot.engine, problem, sql)
          setOutcome({ kind: 'submit', verdict, ms: performance.now() - started })
          props.beforeSubmit?.()
          await props.onSubmitted(verdict)
        }
      } catch (e) {
        setOutcome({ kind: 'failed', mode, message: e instanceof Error ? e.message : String(e) })
      } finally {
        setSeq((n) => n + 1)
        setBusy(null)
      }
    },
    [engine, busy, problem, sql, props],
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

  const shown = outcome?.kind === 'submit' ? outcome.verdict : outcome?.kind === 'run' ? outcome.report.verdict : null
  const editorError =
    shown?.verdict === 'error' && shown.error.position
      ? { position: shown.error.position, message: shown.error.message }
      : shown?.verdict === 'rejected' && shown.position
        ? { position: shown.position, message: shown.message }
        : null
  const off = engine.status !== 'ready' || !!busy || props.disabled

  return (
    <section className="solve" aria-label="Your query">
      <div className="toolbar">
        <button type="button" onClick={() => void execute('run')} disabled={off} data-testid="run" title="Ctrl/Cmd+Enter">
          {busy === 'run' ? 'Running…' : 'Run'}
        </button>
        <button type="button" className="primary" onClick={() => void execute('submit')} disabled={off} data-testid="submit" title="Ctrl/Cmd+Shift+Enter">
          {busy === 'submit' ? 'Grading…' : 'Submit'}
        </button>
        {props.toolbarExtra}
      </div>
      <Suspense fallback={<div className="editor-host loading">Loading the editor…</div>}>
        <SqlEditor
          key={draftKey}
          value={sql}
          onChange={setSql}
          onRun={() => void execute('run')}
          onSubmit={() => void execute('submit')}
          schema={schema}
          error={editorError}
          dark={dark}
          completion={props.completion}
        />
      </Suspense>
      <div className="output" aria-live="polite" data-testid="output" data-seq={seq} data-verdict={shown?.verdict}>
        {engine.status === 'starting' && <p className="muted">Starting PostgreSQL in your browser…</p>}
        {outcome?.kind === 'submit' && <VerdictView verdict={outcome.verdict} hideWhy={props.hideWhy} />}
        {outcome?.kind === 'run' && <RunView report={outcome.report} ms={outcome.ms} hideWhy={props.hideWhy} />}
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
    </section>
  )
}

function RunView({ report, ms, hideWhy }: { report: RunReport; ms: number; hideWhy?: boolean }) {
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
      {!ok && <VerdictView verdict={v} hideWhy={hideWhy} />}
    </div>
  )
}
