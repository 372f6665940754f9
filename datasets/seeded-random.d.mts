/** mulberry32: a small seeded PRNG returning floats in [0, 1); the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number
