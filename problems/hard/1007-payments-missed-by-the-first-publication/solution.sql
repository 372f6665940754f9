with paid as (
  select e.order_ref, e.event_time, e.event_time::date as event_date, min(e.amount) as amount, min(b.loaded_at) as first_loaded_at
  from order_events e
  join load_batches b on b.batch_id = e.batch_id
  where e.event_type = 'paid'
  group by e.order_ref, e.event_time
),
published as (
  select r.logical_date::date as report_date, min(r.finished_at) as published_at
  from dag_runs r
  join dags d on d.dag_id = r.dag_id
  where d.dag_name = 'transform_core' and r.state = 'success'
  group by r.logical_date::date
)
select p.report_date,
       p.published_at,
       coalesce(sum(e.amount) filter (where e.first_loaded_at <= p.published_at), 0) as first_revenue,
       sum(e.amount) as final_revenue,
       count(*) filter (where e.first_loaded_at > p.published_at) as late_payments
from published p
join paid e on e.event_date = p.report_date
group by p.report_date, p.published_at
having count(*) filter (where e.first_loaded_at > p.published_at) > 0
order by p.report_date
