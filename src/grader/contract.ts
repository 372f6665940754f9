// The grading contract a problem declares, with defaults applied.

export interface OrderKey {
  /** An output column name (case-insensitive) or its 1-based position. */
  column: string | number
  direction: 'asc' | 'desc'
}

export type OrderRule = { kind: 'none' } | { kind: 'total' } | { kind: 'partial'; by: OrderKey[] }

export interface GradingContract {
  columns: 'names' | 'positions'
  order: OrderRule
  /** Absolute tolerance for numeric columns; null = exact after normalising scale. */
  tolerance: number | null
}

export const DEFAULT_CONTRACT: GradingContract = {
  columns: 'names',
  order: { kind: 'none' },
  tolerance: null,
}

/** The contract in plain words, as the statement shows it. */
export function describeContract(contract: GradingContract, columnNames?: string[]): string[] {
  const lines: string[] = []
  const order = contract.order
  if (order.kind === 'none') lines.push('Rows may come in any order.')
  else if (order.kind === 'total') lines.push('Rows must come in exactly the order the statement asks for.')
  else {
    const keys = order.by.map((k) => `${keyName(k.column, columnNames)} ${k.direction === 'desc' ? 'descending' : 'ascending'}`)
    lines.push(`Rows must be ordered by ${keys.join(', then ')}; rows that tie on ${order.by.length > 1 ? 'all of these' : 'it'} may come in any order.`)
  }
  if (contract.columns === 'names') {
    const names = columnNames?.length ? `: ${columnNames.map((n) => `\`${n}\``).join(', ')}` : ''
    lines.push(`Column names must match (case-insensitive)${names}.`)
  } else {
    lines.push('Columns are matched by position; their names do not matter, their number does.')
  }
  lines.push(
    contract.tolerance === null
      ? 'Numbers compare by value (2 = 2.0 = 2.00); floating-point results may differ only by rounding noise.'
      : `Numbers may differ by up to ${contract.tolerance}.`,
  )
  return lines
}

function keyName(column: string | number, names?: string[]): string {
  if (typeof column === 'string') return `\`${column}\``
  const name = names?.[column - 1]
  return name ? `\`${name}\`` : `column ${column}`
}
