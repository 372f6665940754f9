import { packTar, tarEntries } from './tar.ts'

// A bank snapshot holds every dataset, though a problem reads one: most of its bytes are the datasets'
// tables and indexes (28 of 41 MB for 12 datasets). Split, the engine starts from the base (catalogs,
// roles, every dataset's tables as catalog entries) and writes a dataset's relation files into the data
// directory when a run first reads that dataset: what a start costs then depends on the datasets the open
// problem needs, not on how many the bank has. PostgreSQL opens a relation's files only when a query
// reads it, so files written before any read are found as if they had always been there.

/** A relation's files: main fork, free-space and visibility maps, init fork, and 1 GB segments past the first. */
const RELATION_FILE = /^\/?(base\/\d+\/\d+)(?:_(?:fsm|vm|init))?(?:\.\d+)?$/

export interface LayeredSnapshot {
  base: Uint8Array
  /** By dataset schema: a tar of that dataset's relation files. */
  layers: Record<string, Uint8Array>
}

/**
 * The snapshot with each schema's relation files (paths as `pg_relation_filepath` gives them) moved to a
 * layer of its own; everything else stays in the base, in its order.
 */
export function splitSnapshot(tar: Uint8Array, relationsBySchema: Record<string, string[]>): LayeredSnapshot {
  const owner = new Map<string, string>()
  for (const [schema, paths] of Object.entries(relationsBySchema)) for (const path of paths) owner.set(path, schema)
  const base: Uint8Array[] = []
  const layers = new Map(Object.keys(relationsBySchema).map((schema) => [schema, [] as Uint8Array[]]))
  for (const entry of tarEntries(tar)) {
    const relation = RELATION_FILE.exec(entry.name)?.[1]
    const schema = relation === undefined ? undefined : owner.get(relation)
    ;(schema === undefined ? base : layers.get(schema)!).push(entry.stored)
  }
  return { base: packTar(base), layers: Object.fromEntries([...layers].map(([schema, parts]) => [schema, packTar(parts)])) }
}

/** The regular files of a layer, by their path in the data directory ("/base/5/16384"). */
export function layerFiles(tar: Uint8Array): { path: string; data: Uint8Array }[] {
  return [...tarEntries(tar)].filter((e) => RELATION_FILE.test(e.name)).map((e) => ({ path: e.name.startsWith('/') ? e.name : `/${e.name}`, data: e.data }))
}
