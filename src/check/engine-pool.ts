import type { Engine } from '../engine/types.ts'

/**
 * Maps `items` through `work` on a few engines at once (each engine takes the next item when it is free),
 * keeping the results in the items' order, and closes the engines whatever happens.
 */
export async function mapOnEngines<T, R>(
  items: T[],
  concurrency: number,
  startEngine: () => Promise<Engine>,
  work: (engine: Engine, item: T) => Promise<R>,
): Promise<R[]> {
  if (!items.length) return []
  const count = Math.max(1, Math.min(concurrency, items.length))
  const engines = await Promise.all(Array.from({ length: count }, startEngine))
  const results: R[] = new Array(items.length)
  let next = 0
  try {
    await Promise.all(
      engines.map(async (engine) => {
        while (next < items.length) {
          const i = next++
          results[i] = await work(engine, items[i]!)
        }
      }),
    )
  } finally {
    await Promise.all(engines.map((e) => e.close()))
  }
  return results
}
