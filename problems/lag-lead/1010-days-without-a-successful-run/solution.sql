with daily_dags as (
  select dag_id, dag_name, greatest(created_at::date, date '2025-03-15') as first_day
  from dags
  where schedule like '% * * *'
),
calendar as (
  select d.dag_id, d.dag_name, g::date as day
  from daily_dags d
  cross join generate_series(d.first_day, date '2025-04-13', interval '1 day') as g
),
missing as (
  select c.dag_name, c.day
  from calendar c
  where not exists (
    select 1 from dag_runs r
    where r.dag_id = c.dag_id
      and r.state = 'success'
      and r.logical_date >= c.day
      and r.logical_date < c.day + 1
  )
),
islands as (
  select dag_name, day,
         day - (row_number() over (partition by dag_name order by day))::int as island
  from missing
)
select dag_name, min(day) as first_missing_day, max(day) as last_missing_day, count(*) as missing_days
from islands
group by dag_name, island
order by dag_name, first_missing_day
