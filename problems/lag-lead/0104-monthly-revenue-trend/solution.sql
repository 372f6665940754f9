with calendar as (
  select generate_series(timestamp '2023-12-01', timestamp '2025-06-01', interval '1 month') as month_start
),
monthly as (
  select date_trunc('month', o.ordered_at) as month_start,
         sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) as revenue
  from orders o
  join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
  group by 1
),
filled as (
  select c.month_start, round(coalesce(m.revenue, 0), 2) as revenue
  from calendar c
  left join monthly m on m.month_start = c.month_start
),
with_change as (
  select month_start, revenue,
         revenue - lag(revenue) over (order by month_start) as mom_change
  from filled
)
select to_char(month_start, 'YYYY-MM') as month,
       revenue,
       mom_change,
       sum(revenue) over (partition by date_trunc('year', month_start) order by month_start) as ytd_revenue
from with_change
where month_start >= timestamp '2024-01-01'
order by month
