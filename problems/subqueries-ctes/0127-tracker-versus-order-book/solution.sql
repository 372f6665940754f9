with tracker as (
  select customer_id, occurred_at::date as purchase_date
  from web_events
  where event_type = 'purchase'
),
book as (
  select customer_id, ordered_at::date as purchase_date
  from orders
  where channel = 'web' and status <> 'cancelled' and ordered_at >= '2025-04-01'
),
unmatched as (
  select 'tracker_only' as source, t.* from (select * from tracker except all select * from book) t
  union all
  select 'orders_only' as source, b.* from (select * from book except all select * from tracker) b
)
select source, customer_id, purchase_date, count(*) as unmatched
from unmatched
group by source, customer_id, purchase_date
order by purchase_date, customer_id
