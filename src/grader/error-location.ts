// Where in a query an error points. Postgres reports a 1-based position counted in characters (code points,
// so an emoji is one); people and editors want a line and a column.

export interface LineColumn {
  /** 1-based line; lines end at \n, \r\n or \r. */
  line: number
  /** 1-based column, in characters (code points) from the start of the line. */
  column: number
  /** The 0-based offset of the position in the JavaScript string (UTF-16 code units), for editors. */
  offset: number
}

/** The line and column of 1-based character `position` in `sql`; a position past the end is just after it. */
export function lineColumnAt(sql: string, position: number): LineColumn {
  let line = 1
  let column = 1
  let offset = 0
  for (let char = 1; char < position && offset < sql.length; char++) {
    const code = sql.codePointAt(offset)!
    const width = code > 0xffff ? 2 : 1
    const crlf = code === 13 && sql.charCodeAt(offset + 1) === 10
    if (code === 10 || (code === 13 && !crlf)) {
      line++
      column = 1
    } else if (!crlf) {
      column++
    }
    offset += width
  }
  return { line, column, offset }
}

/** "line 2, column 7" */
export function describeLineColumn({ line, column }: LineColumn): string {
  return `line ${line}, column ${column}`
}
