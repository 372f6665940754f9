with ranked as (
  select event_id, batch_id,
         row_number() over (partition by order_ref, event_type, event_time order by event_id) as copy_no
  from order_events
),
per_batch as (
  select b.batch_id, b.declared_rows,
         count(r.event_id) as landed_rows,
         count(r.event_id) filter (where r.copy_no > 1) as duplicate_rows
  from load_batches b
  left join ranked r on r.batch_id = b.batch_id
  group by b.batch_id, b.declared_rows
)
select batch_id, declared_rows, landed_rows, duplicate_rows
from per_batch
where landed_rows <> declared_rows or duplicate_rows > 0
order by batch_id
