with calendar as (
  select d::date as day
  from generate_series(date '2025-01-26', date '2025-02-14', interval '1 day') as d
),
daily as (
  select o.ordered_at::date as day,
         sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) as revenue
  from orders o
  join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
    and o.ordered_at >= '2025-01-26'
    and o.ordered_at < '2025-02-15'
  group by o.ordered_at::date
),
filled as (
  select c.day, coalesce(d.revenue, 0) as revenue
  from calendar c
  left join daily d on d.day = c.day
),
smoothed as (
  select day, revenue,
         avg(revenue) over (order by day rows between 6 preceding and current row) as avg_7d
  from filled
)
select day, round(revenue, 2) as revenue, round(avg_7d, 2) as avg_7d
from smoothed
where day >= date '2025-02-01'
order by day
