#!/usr/bin/env node
// Node 20 runs no TypeScript by itself: register tsx, then run the CLI from source.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
