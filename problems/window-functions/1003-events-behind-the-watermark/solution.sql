with batches as (
  select b.batch_id, b.loaded_at,
         max(e.event_time) filter (where e.event_time <= b.loaded_at) as batch_max
  from load_batches b
  join task_runs tr on tr.task_run_id = b.task_run_id
  join dag_runs r on r.dag_run_id = tr.dag_run_id
  left join order_events e on e.batch_id = b.batch_id
  where r.run_type = 'scheduled'
  group by b.batch_id, b.loaded_at
),
marked as (
  select batch_id, loaded_at,
         max(batch_max) over (order by loaded_at, batch_id
                              rows between unbounded preceding and 1 preceding) as watermark
  from batches
)
select m.batch_id, m.loaded_at, m.watermark,
       count(*) as late_events,
       m.watermark - min(e.event_time) as max_lateness
from marked m
join order_events e on e.batch_id = m.batch_id
where e.event_time < m.watermark
group by m.batch_id, m.loaded_at, m.watermark
order by m.batch_id
