/** The longest query text the engine accepts (the statement policy refuses longer ones before parsing). */
export const MAX_QUERY_CHARS = 100_000
