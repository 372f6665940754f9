import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { bankPlugin } from './web/build/bank-plugin.ts'
import { offlinePlugin } from './web/build/offline-plugin.ts'

export default defineConfig({
  root: 'web',
  // Relative URLs: the built site works from any sub-path of any static host.
  base: './',
  plugins: [react(), bankPlugin(), offlinePlugin()],
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: {
    format: 'es',
    // PGlite's Emscripten glue uses direct eval; expected, not our code.
    rolldownOptions: { checks: { eval: false } },
  },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
})
