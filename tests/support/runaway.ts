/**
 * A query that runs for minutes in a few megabytes: 10^10 rows counted from two 100,000-row function scans
 * kept in memory, so no temporary file or memory limit ends it first, however fast the machine. Only the
 * time limit stops it. (`generate_series(1, 1e10)` alone spills its rows to a temporary file and fails on
 * temp_file_limit after about 3 s on a fast machine: a race with a 2-3 s limit.)
 */
export const RUNAWAY_COUNT = 'select count(*) from generate_series(1, 100000) a, generate_series(1, 100000) b'
