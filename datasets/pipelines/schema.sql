-- pipelines: a data team's orchestrator, as extracted on 2025-04-14 05:35 UTC: DAGs, tasks and their dependencies,
-- DAG runs and task attempts, SLAs, and the order-event batches the ingest DAG loaded
-- (timestamps in UTC, `timestamp` without time zone; dags.timezone is the zone a DAG's cron schedule is read in)

create table dags (
  dag_id     integer primary key,
  dag_name   varchar(60) not null unique,
  owner_team varchar(40) not null,
  schedule   varchar(30) not null,
  timezone   varchar(40) not null,
  tags       text[] not null,
  is_paused  boolean not null,
  created_at timestamp not null
);

create table tasks (
  task_id             integer primary key,
  dag_id              integer not null references dags (dag_id),
  task_name           varchar(60) not null,
  operator            varchar(20) not null
                      check (operator in ('sensor', 'external_sensor', 'python', 'sql', 'bash', 'email', 'branch')),
  max_retries         integer not null check (max_retries >= 0),
  retry_delay_seconds integer not null check (retry_delay_seconds >= 0),
  timeout_seconds     integer check (timeout_seconds > 0),
  unique (dag_id, task_name)
);

-- an edge: downstream_task_id may start once upstream_task_id succeeded; edges into external sensors cross DAGs
create table task_dependencies (
  upstream_task_id   integer not null references tasks (task_id),
  downstream_task_id integer not null references tasks (task_id),
  primary key (upstream_task_id, downstream_task_id),
  check (upstream_task_id <> downstream_task_id)
);

-- a run for logical_date must finish by data_interval_end + max_minutes_after_interval_end;
-- the row applies to runs whose logical_date falls in [effective_from, effective_to), effective_to NULL = still in force
create table dag_slas (
  sla_id                         integer primary key,
  dag_id                         integer not null references dags (dag_id),
  max_minutes_after_interval_end integer not null check (max_minutes_after_interval_end > 0),
  effective_from                 date not null,
  effective_to                   date,
  check (effective_to > effective_from)
);

-- logical_date is the start of the run's data interval [logical_date, data_interval_end)
create table dag_runs (
  dag_run_id        integer primary key,
  dag_id            integer not null references dags (dag_id),
  run_type          varchar(10) not null check (run_type in ('scheduled', 'manual', 'backfill')),
  logical_date      timestamp not null,
  data_interval_end timestamp not null,
  queued_at         timestamp not null,
  started_at        timestamp,
  finished_at       timestamp,
  state             varchar(10) not null check (state in ('queued', 'running', 'success', 'failed')),
  check (data_interval_end >= logical_date),
  check (started_at >= queued_at),
  check (finished_at >= started_at),
  check ((finished_at is not null) = (state in ('success', 'failed')))
);

-- one row per attempt; a task's outcome in a run is its highest attempt
create table task_runs (
  task_run_id integer primary key,
  dag_run_id  integer not null references dag_runs (dag_run_id),
  task_id     integer not null references tasks (task_id),
  attempt     integer not null check (attempt >= 1),
  state       varchar(16) not null check (state in ('success', 'failed', 'upstream_failed', 'skipped', 'running')),
  started_at  timestamp,
  finished_at timestamp,
  worker      varchar(20),
  unique (dag_run_id, task_id, attempt),
  check (finished_at >= started_at),
  check ((started_at is null) = (state in ('upstream_failed', 'skipped'))),
  check ((finished_at is null) = (state in ('upstream_failed', 'skipped', 'running'))),
  check ((worker is null) = (started_at is null))
);

create table load_batches (
  batch_id      integer primary key,
  task_run_id   integer not null references task_runs (task_run_id),
  source        varchar(20) not null,
  loaded_at     timestamp not null,
  declared_rows integer not null check (declared_rows >= 0)
);

create table order_events (
  event_id   bigint primary key,
  batch_id   integer not null references load_batches (batch_id),
  order_ref  varchar(12) not null,
  event_type varchar(10) not null check (event_type in ('created', 'paid', 'shipped', 'cancelled')),
  event_time timestamp not null,
  amount     numeric(10,2) check (amount > 0),
  check ((amount is not null) = (event_type in ('created', 'paid')))
);

create index tasks_dag_idx on tasks (dag_id);
create index task_dependencies_downstream_idx on task_dependencies (downstream_task_id);
create index dag_slas_dag_idx on dag_slas (dag_id, effective_from);
create index dag_runs_dag_logical_idx on dag_runs (dag_id, logical_date);
create index task_runs_run_idx on task_runs (dag_run_id, task_id);
create index task_runs_task_idx on task_runs (task_id);
create index load_batches_task_run_idx on load_batches (task_run_id);
create index order_events_batch_idx on order_events (batch_id);
create index order_events_ref_idx on order_events (order_ref, event_time);
