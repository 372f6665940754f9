with runs as (
  select r.dag_id, r.logical_date,
         extract(epoch from r.finished_at - r.started_at) / 60 as minutes
  from dag_runs r
  where r.run_type = 'scheduled' and r.state = 'success'
),
slowest as (
  select dag_id, logical_date,
         row_number() over (partition by dag_id order by minutes desc, logical_date) as rn
  from runs
)
select d.dag_name,
       count(*) as runs,
       round(percentile_cont(0.5) within group (order by r.minutes)::numeric, 1) as median_minutes,
       round(percentile_cont(0.9) within group (order by r.minutes)::numeric, 1) as p90_minutes,
       round(max(r.minutes), 1) as max_minutes,
       s.logical_date as slowest_logical_date
from runs r
join dags d on d.dag_id = r.dag_id
join slowest s on s.dag_id = r.dag_id and s.rn = 1
group by d.dag_name, s.logical_date
order by median_minutes desc, d.dag_name
