select distinct customer_id, order_count, first_order_id, first_ordered_at, latest_order_id, latest_ordered_at
from (
  select customer_id,
         count(*) over w as order_count,
         first_value(order_id) over w as first_order_id,
         first_value(ordered_at) over w as first_ordered_at,
         first_value(channel) over w as first_channel,
         last_value(order_id) over w as latest_order_id,
         last_value(ordered_at) over w as latest_ordered_at,
         last_value(channel) over w as latest_channel
  from orders
  where status <> 'cancelled'
  window w as (partition by customer_id order by ordered_at
               rows between unbounded preceding and unbounded following)
) per_order
where first_channel = 'web'
  and latest_channel = 'app'
order by customer_id
