import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'libpg-query'
import type { DatasetFiles } from '../types.ts'

// Reads datasets/<name>/{schema.sql,data/<table>.csv} from disk, tables in the order schema.sql creates them.

export async function readDatasetDir(dir: string, name: string): Promise<DatasetFiles> {
  const schemaSql = readFileSync(join(dir, 'schema.sql'), 'utf8')
  const tableNames = await createdTables(schemaSql, join(dir, 'schema.sql'))
  const tables = tableNames.map((table) => {
    const file = join(dir, 'data', `${table}.csv`)
    if (!existsSync(file)) throw new Error(`${file}: missing; schema.sql creates table ${table}`)
    return { name: table, csv: readFileSync(file, 'utf8') }
  })
  return { name, schemaSql, tables }
}

export async function readAllDatasets(root: string): Promise<DatasetFiles[]> {
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'schema.sql')))
    .map((d) => d.name)
    .sort()
  return Promise.all(names.map((name) => readDatasetDir(join(root, name), name)))
}

async function createdTables(sql: string, file: string): Promise<string[]> {
  let stmts: { stmt?: { CreateStmt?: { relation?: { relname?: string } } } }[]
  try {
    stmts = ((await parse(sql)) as { stmts?: typeof stmts }).stmts ?? []
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`)
  }
  return stmts.flatMap((s) => (s.stmt?.CreateStmt?.relation?.relname ? [s.stmt.CreateStmt.relation.relname] : []))
}
