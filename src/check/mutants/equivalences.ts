import type { EquivalentMutant } from '../../problems/schema.ts'
import { normalize } from './generate-mutants.ts'
import type { Mutant } from './mutant.ts'

// An author's answer to a surviving mutant that no data can kill: `equivalent_mutants:` in cases.yaml,
// each naming the mutant by its key or by its mutated text (whitespace and case aside), with a reason.

export function declares(declaration: EquivalentMutant, mutant: Mutant): boolean {
  return declaration.mutant.trim() === mutant.key || normalize(declaration.mutant) === normalize(mutant.sql)
}
