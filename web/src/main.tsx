import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { databaseSource, fetchBank } from './data.ts'
import { preloadEditor } from './components/SolvePanel.tsx'
import { startBrowserEngine } from './engine/browser-engine.ts'
import { parseRoute } from './route.ts'
import './styles.css'

// The bank and the engine start loading before React renders: the bank on the main thread (3 MB of JSON),
// the database in the engine worker, so neither waits for the other or for the page's first render.
const { page } = parseRoute(location.hash)
if (page === 'problem' || page === 'mock') void preloadEditor()
const engineBoot = startBrowserEngine(databaseSource())
createRoot(document.getElementById('root')!).render(<App bankLoad={fetchBank()} engineBoot={engineBoot} />)

// Registered once the engine has started (or failed to): installing downloads the whole app again for offline
// use (every dataset's layer too), which on a first visit would compete with the engine's own start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void engineBoot
    .catch(() => undefined)
    .then(() => navigator.serviceWorker.register('./sw.js'))
    .catch(() => undefined)
}
