import { useEffect, useMemo, useState } from 'react'
import { Bank, GOAL, type BrowserBank, type ProgressState } from './core.ts'
import { BOOT_MARKS } from './boot-marks.ts'
import { gradableProblem } from './data.ts'
import type { EngineBoot } from './engine/browser-engine.ts'
import type { EngineState } from './engine/engine-state.ts'
import { Dashboard } from './pages/Dashboard.tsx'
import { MockPage } from './pages/MockPage.tsx'
import { PlanPage } from './pages/PlanPage.tsx'
import { ProblemList } from './pages/ProblemList.tsx'
import { ProblemPage } from './pages/ProblemPage.tsx'
import { ProgressStore } from './progress/store.ts'
import { useRoute } from './route.ts'
import { useTheme } from './theme.ts'

const store = new ProgressStore()
// Browser tests wait on it before a reload (an append is in memory at once, in IndexedDB a moment later).
;(window as unknown as { __sqlprepStore?: ProgressStore }).__sqlprepStore = store

export function App({ bankLoad, engineBoot }: { bankLoad: Promise<BrowserBank>; engineBoot: Promise<EngineBoot> }) {
  const route = useRoute()
  const [theme, toggleTheme] = useTheme()
  const [bank, setBank] = useState<BrowserBank | null>(null)
  const [bankError, setBankError] = useState<string | null>(null)
  const [engine, setEngine] = useState<EngineState>({ status: 'starting' })
  const [progress, setProgress] = useState<ProgressState>(store.state)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    bankLoad.then((b) => {
      // Tests and curious learners can read the bank (reference solutions are open source anyway).
      ;(window as unknown as { __sqlprepBank?: BrowserBank }).__sqlprepBank = b
      setBank(b)
    }, (e: Error) => setBankError(e.message))
    engineBoot.then(
      (boot) => setEngine({ status: 'ready', boot }),
      (e: Error) => setEngine({ status: 'failed', error: e.message }),
    )
    const unsubscribe = store.subscribe(setProgress)
    const unsubscribeNotices = store.onNotice(setNotice)
    void store.load().then((report) => {
      if (report.memoryOnly) setNotice(`Progress cannot be saved in this browser (${report.error}); export it before leaving.`)
      else if (report.quarantined)
        setNotice(
          `${report.quarantined} unreadable progress entr${report.quarantined === 1 ? 'y was' : 'ies were'} set aside (kept, not deleted: ${report.reasons.join('; ')}); the rest loaded.`,
        )
    })
    return () => {
      unsubscribe()
      unsubscribeNotices()
    }
  }, [])

  useEffect(() => {
    if (engine.status === 'ready') performance.mark(BOOT_MARKS.engineReady)
  }, [engine.status])

  const problems = useMemo(() => (bank ? new Bank(bank.problems.map(gradableProblem)) : null), [bank])
  // A count needs both the saved progress and the bank: with either still loading it would be a false "0".
  const solved = problems && store.loaded ? problems.problems.filter((p) => progress.problems[p.id]?.status === 'solved').length : null

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header className="topbar">
        <a className="brand" href="#/">
          sqlprep
        </a>
        <nav>
          <a href="#/" aria-current={route.page === 'list' ? 'page' : undefined}>
            Problems
          </a>
          <a href="#/plan" aria-current={route.page === 'plan' ? 'page' : undefined}>
            Plan
          </a>
          <a href="#/mock" aria-current={route.page === 'mock' ? 'page' : undefined}>
            Mock round
          </a>
          <a href="#/dashboard" aria-current={route.page === 'dashboard' ? 'page' : undefined}>
            Dashboard
          </a>
        </nav>
        <span className="solved-count" data-testid="solved-count" data-loaded={solved !== null} title="Problems solved toward the plan's goal">
          <strong>{solved ?? '…'}</strong> / {GOAL} solved
        </span>
        <EngineStatus state={engine} />
        <button type="button" className="ghost" onClick={toggleTheme} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`} data-testid="theme-toggle">
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </header>
      {notice && (
        <div className="notice" role="status">
          {notice}{' '}
          <button type="button" className="ghost" onClick={() => setNotice(null)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {bankError && <p className="error">{bankError}</p>}
        {!bank || !problems ? (
          !bankError && <p className="muted">Loading the problem bank…</p>
        ) : route.page === 'problem' ? (
          <ProblemPage key={route.slug} slug={route.slug} bank={bank} problems={problems} engine={engine} progress={progress} store={store} />
        ) : route.page === 'mock' ? (
          <MockPage roundId={route.roundId} params={route.params} bank={bank} problems={problems} engine={engine} progress={progress} store={store} />
        ) : route.page === 'plan' ? (
          <PlanPage problems={problems.problems} progress={progress} store={store} />
        ) : route.page === 'dashboard' ? (
          <Dashboard problems={problems.problems} progress={progress} store={store} />
        ) : (
          <ProblemList bank={problems} progress={progress} params={route.params} />
        )}
      </main>
    </div>
  )
}

function EngineStatus({ state }: { state: EngineState }) {
  if (state.status === 'ready')
    return (
      <span className="engine ready" data-testid="engine-status" data-ready="true" title={`Started in ${Math.round(state.boot.ms)} ms`}>
        ● <span className="engine-name">PostgreSQL </span>ready
      </span>
    )
  if (state.status === 'failed')
    return (
      <span className="engine failed" data-testid="engine-status" title={state.error}>
        ● engine failed: {state.error}
      </span>
    )
  return (
    <span className="engine starting" data-testid="engine-status">
      ● starting<span className="engine-name"> PostgreSQL</span>…
    </span>
  )
}
