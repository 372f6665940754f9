with order_points as (
  select o.customer_id, o.order_id, o.ordered_at,
         floor(sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100))) as points
  from orders o
  join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
    and o.ordered_at >= timestamp '2024-01-01 00:00:00'
  group by o.customer_id, o.order_id, o.ordered_at
), flagged as (
  select op.*,
         case when ordered_at - lag(ordered_at) over (partition by customer_id order by ordered_at, order_id)
                   <= interval '180 days'
              then 0 else 1 end as starts_period
  from order_points op
), numbered as (
  select f.*,
         sum(starts_period) over (partition by customer_id order by ordered_at, order_id
                                  rows between unbounded preceding and current row) as period_no
  from flagged f
), periods as (
  select customer_id, period_no, count(*) as orders, sum(points) as points, max(ordered_at) as last_order_at
  from numbered
  group by customer_id, period_no
), settled as (
  select customer_id, orders, points,
         case when timestamp '2025-07-01 00:00:00' - last_order_at <= interval '180 days'
              then points else 0 end as kept
  from periods
)
select customer_id,
       sum(orders) as orders,
       sum(points) as points_earned,
       sum(points) - sum(kept) as points_lapsed,
       sum(kept) as balance
from settled
group by customer_id
order by customer_id
