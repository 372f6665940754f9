import { MILESTONES, type LinePoint } from '../core.ts'

/** Solved count over the plan's 90 days (the learner's own line, from ownLine) against its milestones (80 by day 14, 100 by 30, 150 by 90). */
export function MilestoneChart({ points, projectedAt90, caption }: { points: LinePoint[]; projectedAt90?: number; caption: string }) {
  const W = 640
  const H = 220
  const x = (day: number) => 40 + (Math.min(Math.max(day, 0), 90) / 90) * (W - 70)
  const y = (n: number) => H - 30 - (Math.min(n, 160) / 160) * (H - 50)
  const last = points.at(-1)
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.day).toFixed(1)},${y(p.solved).toFixed(1)}`).join(' ')
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${caption}: ${last?.solved ?? 0} solved so far; milestones 80 by day 14, 100 by day 30, 150 by day 90`}>
      <line x1={40} y1={y(0)} x2={W - 30} y2={y(0)} className="axis" />
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
      {path && <path d={path} className="mine" data-testid="own-line" data-points={points.length} data-solved={last?.solved ?? 0} />}
      {last && (
        // Where the learner is now, marked and labelled: early on the line itself hugs the axis.
        <g data-testid="own-position">
          <circle cx={x(last.day)} cy={y(last.solved)} r={4} style={{ fill: 'var(--accent)' }} />
          <text x={x(last.day) + 8} y={y(last.solved) - 8} className="label">
            you: {last.solved} solved{last.day > 0 ? `, day ${last.day}` : ''}
          </text>
        </g>
      )}
      {last && projectedAt90 !== undefined && (
        <line x1={x(last.day)} y1={y(last.solved)} x2={x(90)} y2={y(projectedAt90)} className="projection" data-testid="projection" />
      )}
      <text x={W / 2} y={H - 6} textAnchor="middle" className="label">
        {caption}
      </text>
    </svg>
  )
}
