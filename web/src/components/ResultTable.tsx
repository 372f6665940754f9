import { useEffect, useRef, useState } from 'react'
import type { ChangedRow, RawResult, RawRow } from '../core.ts'

export const SHOWN_ROWS = 200

export function ResultTable({
  columns,
  rows,
  caption,
  highlight,
  testId,
  notes,
}: {
  columns: string[]
  rows: RawRow[]
  caption?: string
  highlight?: 'missing' | 'extra'
  testId?: string
  /** A leading column of notes, one per row (null: nothing to say); a row with a note is marked. */
  notes?: { heading: string; cells: (string | null)[] }
}) {
  const region = useScrollRegion<HTMLDivElement>(caption ?? `Table of ${columns.join(', ')}`)
  return (
    <div className="table-wrap" data-testid={testId} {...region}>
      <table className={`result ${highlight ?? ''}`}>
        {caption && <caption>{caption}</caption>}
        <ColumnHeads columns={notes ? [notes.heading, ...columns] : columns} />
        <tbody>
          {rows.slice(0, SHOWN_ROWS).map((r, i) => (
            <tr key={i} className={notes?.cells[i] ? 'noted' : undefined}>
              {notes && <td className="note">{notes.cells[i] ?? ''}</td>}
              {r.map((v, j) => (
                <td key={j} className={v === null ? 'null' : undefined}>
                  {shown(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN_ROWS && <p className="muted small">… {rows.length - SHOWN_ROWS} more rows</p>}
    </div>
  )
}

/**
 * Expected rows returned with other values, one line each: cells that differ are highlighted and read
 * "your value → the expected one"; the others (the key among them) are shown once.
 */
export function ChangedRowsTable({ columns, changed, caption, testId }: { columns: string[]; changed: ChangedRow[]; caption: string; testId?: string }) {
  const region = useScrollRegion<HTMLDivElement>(caption)
  return (
    <div className="table-wrap" data-testid={testId} {...region}>
      <table className="result">
        <caption>{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {changed.slice(0, SHOWN_ROWS).map((row, i) => (
            <tr key={i}>
              {row.expected.map((expected, j) =>
                row.cells.includes(j) ? (
                  <td key={j} className="changed" data-testid="changed-cell" data-column={j} style={{ background: 'var(--extra)' }} title={`yours: ${shown(row.actual[j]!)} · expected: ${shown(expected)}`}>
                    <del>{shown(row.actual[j]!)}</del> <span aria-hidden="true">→</span> <ins>{shown(expected)}</ins>
                  </td>
                ) : (
                  <td key={j} className={expected === null ? 'null' : undefined}>
                    {shown(expected)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function shown(value: string | null): string {
  return value === null ? 'NULL' : value
}

/**
 * A box that scrolls on its own (a wide table) joins the Tab order, as a region named after its table, while
 * it does scroll, so the keyboard can scroll it; a box that fits stays out of the way.
 */
export function useScrollRegion<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const check = () => setScrolls(el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)
    check()
    const observer = new ResizeObserver(check)
    observer.observe(el)
    for (const child of el.children) observer.observe(child)
    return () => observer.disconnect()
  }, [])
  return scrolls ? { ref, tabIndex: 0, role: 'region', 'aria-label': label } : { ref }
}

export function resultColumns(r: RawResult): string[] {
  return r.columns.map((c) => c.name)
}

function ColumnHeads({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  )
}
