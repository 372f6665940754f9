// Least privilege for learner SQL. Every learner statement runs as LEARNER_ROLE, a role without superuser,
// replication or file-access rights, switched to with SET LOCAL ROLE inside the run's transaction (after the
// trusted setup). The learner cannot switch back: SET/RESET statements are refused by the parser check,
// set_config is not executable by the role (also not through query_to_xml or ts_stat), and SET inside such a
// function is refused by PostgreSQL. So file reads, replication slots, settings, advisory locks and
// sequence changes fail by permission however they are reached, not because a name is on a list.

export const LEARNER_ROLE = 'sqlprep_learner'

/**
 * The role a performance drill's CREATE INDEX runs as: index creation needs table ownership, so the drill's
 * tables are given to it inside the run's transaction (rolled back with it). Only index statements run as
 * it (the parser check), and the SELECT after them runs as the learner again.
 */
export const INDEXER_ROLE = 'sqlprep_indexer'

/**
 * Trusted SQL run once when a database is built (before any data, so default privileges cover every
 * table created later, hidden-case setups included). Idempotent: safe to run on a database that has it.
 */
export const PREPARE_SANDBOX_SQL = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LEARNER_ROLE}') THEN
    CREATE ROLE ${LEARNER_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${INDEXER_ROLE}') THEN
    CREATE ROLE ${INDEXER_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
END $$;
-- Read every table and view created from now on, in any schema; nothing else.
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO ${LEARNER_ROLE};
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO ${LEARNER_ROLE};
GRANT USAGE ON SCHEMA public TO ${LEARNER_ROLE};
-- Functions that change state outside the transaction or escape the role, executable by PUBLIC by default.
REVOKE EXECUTE ON FUNCTION pg_catalog.set_config(text, text, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_advisory_lock(bigint), pg_catalog.pg_advisory_lock(integer, integer),
  pg_catalog.pg_advisory_lock_shared(bigint), pg_catalog.pg_advisory_lock_shared(integer, integer),
  pg_catalog.pg_try_advisory_lock(bigint), pg_catalog.pg_try_advisory_lock(integer, integer),
  pg_catalog.pg_try_advisory_lock_shared(bigint), pg_catalog.pg_try_advisory_lock_shared(integer, integer)
  FROM PUBLIC;
-- Trigram matching for drills (LIKE '%…%' served by a gin_trgm_ops index). In pg_catalog, so every dataset's
-- search path finds its operator classes and functions; set_limit changes the % operator's threshold.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA pg_catalog;
REVOKE EXECUTE ON FUNCTION pg_catalog.set_limit(real) FROM PUBLIC;
`

/** Run inside the run's transaction, after the trusted setup and before the first learner statement. */
export const ENTER_SANDBOX_SQL = `SET LOCAL ROLE ${LEARNER_ROLE}`
