import { useEffect, useState } from 'react'

// Hash routes, so the static site works from any path: #/[?filters], #/p/<slug>, #/dashboard, #/plan,
// #/mock[/<round>]. Every screen has an address of its own; the problem list keeps its filters in its address.

export type Route =
  | { page: 'list'; params: URLSearchParams }
  | { page: 'problem'; slug: string }
  | { page: 'dashboard' }
  | { page: 'plan' }
  | { page: 'mock'; roundId?: string; params: URLSearchParams }

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.split('?')
  const m = /^#\/p\/([a-z0-9-]+)/.exec(path)
  if (m) return { page: 'problem', slug: m[1]! }
  if (path.startsWith('#/dashboard')) return { page: 'dashboard' }
  if (path.startsWith('#/plan')) return { page: 'plan' }
  const mock = /^#\/mock(?:\/([\w-]+))?/.exec(path)
  if (mock) return { page: 'mock', ...(mock[1] ? { roundId: mock[1] } : {}), params: new URLSearchParams(query) }
  return { page: 'list', params: new URLSearchParams(query) }
}

/**
 * Replaces the address without a navigation (no history entry per keystroke in a filter): Back from a
 * problem then returns to the list exactly as it was filtered.
 */
export function replaceHash(hash: string): void {
  if (location.hash !== hash) history.replaceState(history.state, '', hash)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
