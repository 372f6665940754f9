// Entry of a Node engine worker: Node 20 runs no TypeScript by itself, so register tsx first.
import { register } from 'tsx/esm/api'

register()
await import('./worker-main.ts')
