import type { PGlite } from '@electric-sql/pglite'

// The same rows in another physical order, to shake out answers that depend on it. Two ways to get them:
// rewrite the tables inside a run's transaction (any database), or read a copy of the dataset stored in
// that order when the database was built (the checker's, where it saves a rewrite per run).

export type RowOrder = 'reversed' | 'scrambled'
export const ROW_ORDERS: RowOrder[] = ['reversed', 'scrambled']

/** The schema holding `schema`'s tables stored in `order`, when the database was built with copies. */
export function orderedCopySchema(schema: string, order: RowOrder): string {
  return `${schema}__${order}`
}

/** SQL selecting `source`'s rows as whole-row values `r`, in `order` relative to their stored order. */
export function orderedRowsSql(source: string, order: RowOrder): string {
  const by = order === 'reversed' ? 'n DESC' : 'md5(n::text)'
  return `SELECT r FROM (SELECT row_number() OVER () AS n, x AS r FROM ${source} x) numbered ORDER BY ${by}`
}

/** Rewrites `tables` (quoted names on the search path) in `order`, inside the caller's transaction. */
export async function reorderTables(db: PGlite, tables: string[], order: RowOrder): Promise<void> {
  await db.exec(`SET LOCAL session_replication_role = replica;`)
  for (const t of tables) {
    await db.exec(
      `CREATE TEMP TABLE reorder_rows ON COMMIT DROP AS ${orderedRowsSql(t, order)};
       DELETE FROM ${t};
       INSERT INTO ${t} OVERRIDING SYSTEM VALUE SELECT (r).* FROM reorder_rows;
       DROP TABLE reorder_rows;`,
    )
  }
  await db.exec(`SET LOCAL session_replication_role = origin;`)
}
