import type { Operator } from '../mutant.ts'
import { aggregateDistinct, changeRounding, countStarColumn, integerDivision, selectDistinct, swapMinMax, swapSumAvg } from './aggregates.ts'
import { dropBound, dropCondition, dropParentheses, flipComparison, shiftDate, swapAndOr } from './conditions.ts'
import { dropCoalesce, dropJoinCondition, notInNotExists, swapJoinType, unionAll } from './joins.ts'
import { dropOrderBy } from './ordering.ts'
import { changeFrame, changeLagLead, dropPartitionBy, dropWindowOrderKey, swapRanking } from './windows.ts'

// Every mutation operator, in the order mutants are generated (and reported).

export const OPERATORS: Operator[] = [
  flipComparison,
  dropBound,
  dropCondition,
  shiftDate,
  swapAndOr,
  dropParentheses,
  dropPartitionBy,
  dropWindowOrderKey,
  changeFrame,
  swapRanking,
  changeLagLead,
  countStarColumn,
  aggregateDistinct,
  swapSumAvg,
  swapMinMax,
  selectDistinct,
  changeRounding,
  integerDivision,
  swapJoinType,
  dropJoinCondition,
  unionAll,
  notInNotExists,
  dropCoalesce,
  dropOrderBy,
]
