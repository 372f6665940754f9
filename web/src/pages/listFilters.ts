// The problem list's filters as they appear in its address (#/?q=join&topic=recursive-cte&level=medium&kind=optimize),
// so a filtered list can be linked, reloaded, and returned to with Back.

export interface ListFilters {
  search: string
  /** "w1" for a plan week, "3" for a plan day, "" for all. */
  day: string
  topic: string
  difficulty: string
  status: string
  /** A problem kind (query, transform, optimize), "" for all. */
  kind: string
}

const PARAM: Record<keyof ListFilters, string> = { search: 'q', day: 'day', topic: 'topic', difficulty: 'level', status: 'status', kind: 'kind' }

export function readListFilters(params: URLSearchParams): ListFilters {
  const get = (k: keyof ListFilters) => params.get(PARAM[k]) ?? ''
  return { search: get('search'), day: get('day'), topic: get('topic'), difficulty: get('difficulty'), status: get('status'), kind: get('kind') }
}

/** The list's address for these filters; "#/" when none is set. */
export function listHash(filters: ListFilters): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(PARAM) as (keyof ListFilters)[]) if (filters[key]) params.set(PARAM[key], filters[key])
  const query = params.toString()
  return query ? `#/?${query}` : '#/'
}
