with delivered as (
  select dag_id, logical_date, min(finished_at) as delivered_at
  from dag_runs
  where state = 'success'
  group by dag_id, logical_date
),
judged as (
  select r.dag_id, r.logical_date,
         r.data_interval_end + s.max_minutes_after_interval_end * interval '1 minute' as deadline,
         dl.delivered_at
  from dag_runs r
  join dag_slas s
    on s.dag_id = r.dag_id
   and r.logical_date::date >= s.effective_from
   and (s.effective_to is null or r.logical_date::date < s.effective_to)
  left join delivered dl on dl.dag_id = r.dag_id and dl.logical_date = r.logical_date
  where r.run_type = 'scheduled'
)
select d.dag_name, j.logical_date, j.deadline, j.delivered_at,
       round(extract(epoch from j.delivered_at - j.deadline) / 60, 1) as minutes_late
from judged j
join dags d on d.dag_id = j.dag_id
where j.deadline <= timestamp '2025-04-14 05:35:00'
  and (j.delivered_at is null or j.delivered_at > j.deadline)
order by j.deadline, d.dag_name
