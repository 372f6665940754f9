import { useEffect, useState } from 'react'

// Hash routes, so the static site works from any path: #/, #/p/<slug>, #/dashboard

export type Route = { page: 'list' } | { page: 'problem'; slug: string } | { page: 'dashboard' }

export function parseRoute(hash: string): Route {
  const m = /^#\/p\/([a-z0-9-]+)/.exec(hash)
  if (m) return { page: 'problem', slug: m[1]! }
  if (hash.startsWith('#/dashboard')) return { page: 'dashboard' }
  return { page: 'list' }
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
