import { fileURLToPath } from 'node:url'

export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/repo/', import.meta.url))
export const FIXTURE_DATASETS_DIR = `${FIXTURE_ROOT}datasets/`
