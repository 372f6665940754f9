import { useEffect, useMemo, useState } from 'react'
import { PLAN_DAYS, PROBLEM_KINDS, sortForPlan, TOPICS, type Bank, type Difficulty, type Problem, type ProblemKind, type ProblemStatus, type ProgressState, type Topic } from '../core.ts'
import { replaceHash } from '../route.ts'
import { listHash, readListFilters, type ListFilters } from './listFilters.ts'
import { useDocumentTitle } from './useDocumentTitle.ts'

/** Each kind of problem as the list names it (a badge on every problem that is not a query). */
export const KIND_LABELS: Record<ProblemKind, { plural: string; badge: string }> = {
  query: { plural: 'Queries', badge: 'query' },
  transform: { plural: 'Write tasks', badge: 'write task' },
  optimize: { plural: 'Performance drills', badge: 'performance drill' },
}

/** The plan's 13 weeks (the last one is days 85-90) and its 90 days, as the filter offers them. */
const WEEKS = Array.from({ length: Math.ceil(PLAN_DAYS / 7) }, (_, i) => ({
  week: i + 1,
  label: `Week ${i + 1} · Days ${i * 7 + 1}-${Math.min(i * 7 + 7, PLAN_DAYS)}`,
}))

export function ProblemList({ bank, progress, params }: { bank: Bank; progress: ProgressState; params: URLSearchParams }) {
  const problems = bank.problems
  useDocumentTitle('Problems')
  // The filters live in the address: read from it on every navigation (Back, a link), written to it in place.
  const [filters, setFilters] = useState(() => readListFilters(params))
  useEffect(() => setFilters(readListFilters(params)), [params])
  const update = (change: Partial<ListFilters>) => {
    const next = { ...filters, ...change }
    setFilters(next)
    replaceHash(listHash(next))
  }
  const { search, day, topic, difficulty, status, kind } = filters
  const setSearch = (search: string) => update({ search })
  const setDay = (day: string) => update({ day })
  const setTopic = (topic: string) => update({ topic })
  const setDifficulty = (difficulty: string) => update({ difficulty })
  const setStatus = (status: string) => update({ status })
  const setKind = (kind: string) => update({ kind })
  const kindCounts = useMemo(() => new Map(PROBLEM_KINDS.map((k) => [k, problems.filter((p) => p.kind === k).length])), [problems])
  const topics = useMemo(() => [...new Set(problems.flatMap((p) => p.topics))].sort(), [problems])
  const statusOf = (p: Problem): ProblemStatus => progress.problems[p.id]?.status ?? 'new'

  const shown = sortForPlan(
    bank.filter({
      search,
      ...(day.startsWith('w') ? { week: Number(day.slice(1)) } : day ? { day: Number(day) } : {}),
      ...(topic ? { topic: topic as Topic } : {}),
      ...(difficulty ? { difficulty: difficulty as Difficulty } : {}),
      ...(kind ? { kind: kind as ProblemKind } : {}),
    }),
  ).filter((p) => !status || statusOf(p) === status)

  return (
    <section className="list-page">
      <div className="filters" role="search">
        <input type="search" placeholder="Search titles" aria-label="Search by title" value={search} onChange={(e) => setSearch(e.target.value)} />
        <select aria-label="Plan day" value={day} onChange={(e) => setDay(e.target.value)}>
          <option value="">All days</option>
          {WEEKS.map((w) => (
            <option key={w.week} value={`w${w.week}`}>
              {w.label}
            </option>
          ))}
          {Array.from({ length: PLAN_DAYS }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              Day {i + 1}
            </option>
          ))}
        </select>
        <select aria-label="Topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {TOPICS[t]}
            </option>
          ))}
        </select>
        <select aria-label="Difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
          <option value="">All levels</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any status</option>
          <option value="new">New</option>
          <option value="attempted">Attempted</option>
          <option value="solved">Solved</option>
        </select>
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value)} data-testid="kind-filter">
          <option value="">All kinds</option>
          {PROBLEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k].plural} ({kindCounts.get(k)})
            </option>
          ))}
        </select>
      </div>
      <p className="muted small" role="status" data-testid="result-count">
        {shown.length === problems.length ? `${problems.length} problems` : `${shown.length} of ${problems.length} problem${problems.length === 1 ? '' : 's'}`}
      </p>
      <table className="problems">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Problem</th>
            <th scope="col">Level</th>
            <th scope="col">Days</th>
            <th scope="col" className="topics">
              Topics
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id} data-testid="problem-row" data-kind={p.kind}>
              <td>
                <span className={`status ${statusOf(p)}`} aria-label={statusOf(p)}>
                  {statusOf(p) === 'solved' ? '✓' : statusOf(p) === 'attempted' ? '◐' : '○'}
                </span>
              </td>
              <td>
                <a href={`#/p/${p.slug}`}>{p.title}</a>
                {p.kind !== 'query' && (
                  <>
                    {' '}
                    <span className={`kind-badge ${p.kind}`} data-testid="kind-badge">
                      {KIND_LABELS[p.kind].badge}
                    </span>
                  </>
                )}
                <div className="muted small">{p.scenario}</div>
              </td>
              <td>
                <span className={`level ${p.difficulty}`}>{p.difficulty}</span>
              </td>
              <td>{p.plan.days[0] === p.plan.days[1] ? p.plan.days[0] : `${p.plan.days[0]}–${p.plan.days[1]}`}</td>
              <td className="small topics">{p.topics.map((t) => TOPICS[t]).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted">No problem matches these filters.</p>}
    </section>
  )
}
