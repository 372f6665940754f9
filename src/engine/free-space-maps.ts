import { packTar, tarEntries } from './tar.ts'

// VACUUM records in each relation's free-space map the gaps it leaves in pages, and PostgreSQL puts a new
// row in the first gap it fits, wherever in the table that is. The gaps left change with every run that
// wrote rows and rolled them back, so the rows a case inserts were stored in a different order from one
// engine's history to the next, and a query whose answer depends on that order (an ORDER BY without its
// tie-breaker) passed on one engine and failed on another. Without the maps, rows go after the last page:
// a case's rows are read after the dataset's, in the order its setup inserted them.

/** The tar without the relations' free-space map files (`<relation>_fsm`); every other entry untouched. */
export function withoutFreeSpaceMaps(tar: Uint8Array): Uint8Array {
  return packTar([...tarEntries(tar)].filter((e) => !/(?:^|\/)base\/\d+\/\d+_fsm(?:\.\d+)?$/.test(e.name)).map((e) => e.stored))
}
