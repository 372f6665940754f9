import type { EngineBoot } from './browser-engine.ts'

// Where the page's PostgreSQL engine is: starting, ready (with how it booted) or failed (with why).
export type EngineState = { status: 'starting' } | { status: 'ready'; boot: EngineBoot } | { status: 'failed'; error: string }
