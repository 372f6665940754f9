// mulberry32: the one seeded PRNG of the project (no Math.random, no clock). The dataset generators draw
// from it, so `node datasets/<name>/generate.mjs` rewrites the same bytes every time, and so does the mock
// round composer (src/mock/compose.ts), so a round drawn from a seed can be drawn again. Plain JavaScript
// with no imports, so that plain Node, the TypeScript core and the browser bundle can all load it; its
// types are in seeded-random.d.mts.
export function mulberry32(seed) {
  let a = seed >>> 0
  return function () {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
