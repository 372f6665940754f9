import { useRef, useState } from 'react'
import { MilestoneChart } from '../components/MilestoneChart.tsx'
import {
  dashboardStats,
  draftsOfProgressFile,
  draftsToImport,
  LAST_MEDIUMS,
  ownLine,
  planStartDate,
  reviewQueue,
  solveAnalytics,
  TOPICS,
  type Problem,
  type ProgressState,
} from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { readDrafts, writeDrafts } from './drafts.ts'
import { localMidnight } from './PlanPage.tsx'
import { formatClock } from './useAttemptTimer.ts'
import { useDocumentTitle } from './useDocumentTitle.ts'

export function Dashboard({ problems, progress, store }: { problems: Problem[]; progress: ProgressState; store: ProgressStore }) {
  useDocumentTitle('Dashboard')
  const stats = dashboardStats(problems, progress)
  const [message, setMessage] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const exportProgress = () => {
    // The log (submissions keep their queries) and the editor drafts, which live beside it in this browser.
    const blob = new Blob([store.exportText(Date.now(), readDrafts())], { type: 'application/json' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `sqlprep-progress-${new Date().toISOString().slice(0, 10)}.json`
    a.click()
    URL.revokeObjectURL(a.href)
  }
  const importProgress = async (file: File) => {
    const text = await file.text()
    const r = await store.importText(text)
    if (!r.ok) return setMessage(`Nothing imported: ${r.error}`)
    // Drafts fill empty editors only: importing the same file again changes nothing.
    const incoming = draftsOfProgressFile(text)
    const drafts = draftsToImport(readDrafts(), incoming.drafts)
    writeDrafts(drafts)
    setMessage(
      `Imported ${r.added} new entr${r.added === 1 ? 'y' : 'ies'}${drafts.length ? ` and ${drafts.length} draft${drafts.length === 1 ? '' : 's'}` : ''}` +
        `${r.dropped ? `; ${r.dropped} refused (${r.reasons.join('; ')}), the rest kept` : ''}` +
        `${incoming.refused ? `; ${incoming.refused} draft${incoming.refused === 1 ? ' was' : 's were'} not valid and left out` : ''}.`,
    )
  }

  const analytics = solveAnalytics(problems, progress)
  const { mediumsUnderTarget: all, lastMediumsUnderTarget: last } = analytics
  const due = reviewQueue(problems, [...store.allEvents()], progress, Date.now())
  // The chart counts days from the plan's start once it has started, else from the first accepted problem.
  const planStart = planStartDate(store.allEvents())
  const planDayOne = planStart ? localMidnight(planStart) : null
  const dayOne = planDayOne !== null && planDayOne <= Date.now() ? planDayOne : startOfDay(stats.solvedOverTime[0]?.at ?? Date.now())
  return (
    <section className="dashboard">
      <h1>Progress</h1>
      <p className="big" data-testid="dashboard-solved">
        <strong>{stats.solved}</strong> of {stats.goal} solved
      </p>
      <MilestoneChart
        points={ownLine(
          stats.solvedOverTime.map((p) => p.at),
          dayOne,
          Date.now(),
        )}
        caption={dayOne === planDayOne ? 'day of your plan (dashed: the milestones; solid: you)' : 'day, from your first accepted problem (set a start date on the Plan page)'}
      />
      <div className="cards">
        <div className="card" data-testid="analytics">
          <h2>By difficulty</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Solved</th>
                <th scope="col">Median time to accept</th>
                <th scope="col">90th pct</th>
                <th scope="col">Submits before accept</th>
              </tr>
            </thead>
            <tbody>
              {(['easy', 'medium', 'hard'] as const).map((d) => (
                <tr key={d}>
                  <td>
                    <span className={`level ${d}`}>{d}</span>
                  </td>
                  <td>
                    {analytics.byDifficulty[d].solved} / {analytics.byDifficulty[d].total}
                  </td>
                  <td>{clock(analytics.byDifficulty[d].medianMs)}</td>
                  <td>{clock(analytics.byDifficulty[d].p90Ms)}</td>
                  <td>{analytics.byDifficulty[d].medianAttemptsBefore ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="mediums-under-target">
            {all.of === 0 ? (
              <>No Medium accepted yet: the share accepted under {all.targetMinutes} minutes shows here once one is.</>
            ) : (
              <>
                Mediums accepted under {all.targetMinutes} minutes: <strong>{Math.round((100 * all.under) / all.of)}%</strong> ({all.under} of {all.of})
                {all.of > LAST_MEDIUMS && (
                  <>
                    ; of the last {last.of}: <strong>{last.under}</strong>
                  </>
                )}
              </>
            )}
          </p>
          <h3>Solve times by topic</h3>
          <table>
            <tbody>
              {analytics.byTopic.map((t) => (
                <tr key={t.topic}>
                  <td>{TOPICS[t.topic]}</td>
                  <td>median {clock(t.medianMs)}</td>
                  <td>p90 {clock(t.p90Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card">
          <h2>Review queue</h2>
          {due.length === 0 ? (
            <p className="muted">Nothing due. Problems solved over their target time, or submitted without success, come back after 1, 3 and 7 days.</p>
          ) : (
            <ul>
              {due.map((item) => {
                const p = problems.find((x) => x.id === item.problemId)
                return (
                  <li key={item.problemId}>
                    <a href={`#/p/${p?.slug}`}>{p?.title}</a> — {item.reason === 'failed' ? 'not solved yet' : 'solved over target'}, review {item.step} of 3
                  </li>
                )
              })}
            </ul>
          )}
        </div>
        <div className="card">
          <h2>By topic</h2>
          <table>
            <tbody>
              {stats.byTopic.map((t) => (
                <tr key={t.topic}>
                  <td>{TOPICS[t.topic]}</td>
                  <td>
                    <meter min={0} max={t.total} value={t.solved} aria-label={`${t.solved} of ${t.total}`} /> {t.solved}/{t.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card">
        <h2>Your data</h2>
        <p className="small muted">Progress stays in this browser. Export it to keep a copy or move it to another browser; importing merges, it never overwrites.</p>
        <button type="button" onClick={exportProgress} data-testid="export">
          Export progress
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            // Cleared, so choosing the same file again is a new import (a browser sends no change for the same file).
            e.target.value = ''
            if (file) void importProgress(file)
          }}
        />
        {message && (
          <p role="status" data-testid="import-message">
            {message}
          </p>
        )}
      </div>
    </section>
  )
}

function clock(ms: number | null): string {
  return ms === null ? '—' : formatClock(ms)
}

function startOfDay(at: number): number {
  const d = new Date(at)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}
