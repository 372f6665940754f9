import { useRef, useState } from 'react'
import { dashboardStats, MILESTONES, TOPICS, type Problem, type ProgressState } from '../core.ts'
import type { ProgressStore } from '../progress/store.ts'
import { formatClock } from './useAttemptTimer.ts'

const DAY_MS = 86_400_000

export function Dashboard({ problems, progress, store }: { problems: Problem[]; progress: ProgressState; store: ProgressStore }) {
  const stats = dashboardStats(problems, progress)
  const [message, setMessage] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const exportProgress = () => {
    const blob = new Blob([store.exportText(Date.now())], { type: 'application/json' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `sqlprep-progress-${new Date().toISOString().slice(0, 10)}.json`
    a.click()
    URL.revokeObjectURL(a.href)
  }
  const importProgress = async (file: File) => {
    const r = await store.importText(await file.text())
    setMessage(r.ok ? `Imported ${r.added} new entr${r.added === 1 ? 'y' : 'ies'}${r.dropped ? `; ${r.dropped} unreadable entries skipped` : ''}.` : `Nothing imported: ${r.error}`)
  }

  const { under, of } = stats.mediumsUnderTarget
  return (
    <section className="dashboard">
      <h1>Progress</h1>
      <p className="big" data-testid="dashboard-solved">
        <strong>{stats.solved}</strong> of {stats.goal} solved
      </p>
      <MilestoneChart points={stats.solvedOverTime} />
      <div className="cards">
        <div className="card">
          <h2>By difficulty</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Solved</th>
                <th scope="col">Median time to accept</th>
              </tr>
            </thead>
            <tbody>
              {(['easy', 'medium', 'hard'] as const).map((d) => (
                <tr key={d}>
                  <td>
                    <span className={`level ${d}`}>{d}</span>
                  </td>
                  <td>
                    {stats.byDifficulty[d].solved} / {stats.byDifficulty[d].total}
                  </td>
                  <td>{stats.byDifficulty[d].medianMs === null ? '—' : formatClock(stats.byDifficulty[d].medianMs!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Mediums accepted under 20 minutes: <strong>{of ? `${Math.round((100 * under) / of)}%` : '—'}</strong> ({under} of {of})
          </p>
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
        <input ref={fileInput} type="file" accept="application/json,.json" hidden data-testid="import-file" onChange={(e) => e.target.files?.[0] && void importProgress(e.target.files[0])} />
        {message && (
          <p role="status" data-testid="import-message">
            {message}
          </p>
        )}
      </div>
    </section>
  )
}

/** Solved count over the plan's 90 days against its milestones (80 by day 14, 100 by 30, 150 by 90). */
function MilestoneChart({ points }: { points: { at: number; solved: number }[] }) {
  const W = 640
  const H = 220
  const x = (day: number) => 40 + (day / 90) * (W - 60)
  const y = (n: number) => H - 30 - (n / 150) * (H - 50)
  const start = points[0] ? Math.floor(points[0].at / DAY_MS) : 0
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(Math.min(90, Math.floor(p.at / DAY_MS) - start + 1)).toFixed(1)},${y(p.solved).toFixed(1)}`).join(' ')
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Solved over time: ${points.at(-1)?.solved ?? 0} so far; milestones 80 by day 14, 100 by day 30, 150 by day 90`}>
      <line x1={40} y1={y(0)} x2={W - 20} y2={y(0)} className="axis" />
      <line x1={40} y1={y(0)} x2={40} y2={y(150)} className="axis" />
      <polyline points={`${x(0)},${y(0)} ${MILESTONES.map((m) => `${x(m.day)},${y(m.solved)}`).join(' ')}`} className="plan" />
      {MILESTONES.map((m) => (
        <g key={m.day}>
          <circle cx={x(m.day)} cy={y(m.solved)} r={4} className="milestone" />
          <text x={x(m.day)} y={y(m.solved) - 8} textAnchor={m.day === 90 ? 'end' : 'middle'} className="label">
            {m.solved} by day {m.day}
          </text>
        </g>
      ))}
      {path && <path d={path} className="mine" />}
      <text x={W / 2} y={H - 6} textAnchor="middle" className="label">
        day of the plan (from your first accepted problem)
      </text>
    </svg>
  )
}
