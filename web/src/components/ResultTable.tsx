import type { RawResult, RawRow } from '../core.ts'

export const SHOWN_ROWS = 200

export function ResultTable({
  columns,
  rows,
  caption,
  highlight,
  testId,
}: {
  columns: string[]
  rows: RawRow[]
  caption?: string
  highlight?: 'missing' | 'extra'
  testId?: string
}) {
  return (
    <div className="table-wrap" data-testid={testId}>
      <table className={`result ${highlight ?? ''}`}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_ROWS).map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j} className={v === null ? 'null' : undefined}>
                  {v === null ? 'NULL' : v}
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

export function resultColumns(r: RawResult): string[] {
  return r.columns.map((c) => c.name)
}
