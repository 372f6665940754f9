select order_id,
       ordered_at,
       status,
       round(extract(epoch from coalesce(shipped_at, timestamp '2025-07-01 00:00:00') - ordered_at) / 3600, 1) as hours_waited,
       case
         when shipped_at is null and timestamp '2025-07-01 00:00:00' - ordered_at > interval '48 hours' then 'overdue'
         when shipped_at is null then 'waiting'
         else 'late'
       end as dispatch_state
from orders
where ordered_at >= '2025-06-01'
  and ordered_at < '2025-07-01'
  and status <> 'cancelled'
  and (shipped_at is null or shipped_at - ordered_at > interval '48 hours')
order by hours_waited desc, order_id
