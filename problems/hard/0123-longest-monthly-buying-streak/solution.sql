with counted as (
  select customer_id, date_trunc('month', ordered_at) as order_month
  from orders
  where status <> 'cancelled'
),
months as (
  select customer_id, order_month, count(*) as orders
  from counted
  group by customer_id, order_month
),
islands as (
  select
    *,
    extract(year from order_month) * 12 + extract(month from order_month)
      - row_number() over (partition by customer_id order by order_month) as island
  from months
),
streaks as (
  select customer_id, island,
         min(order_month) as first_month,
         max(order_month) as last_month,
         count(*) as streak_months,
         sum(orders) as orders_in_streak
  from islands
  group by customer_id, island
),
ranked as (
  select *, row_number() over (partition by customer_id order by streak_months desc, last_month desc) as rn
  from streaks
)
select
  customer_id,
  to_char(first_month, 'YYYY-MM') as first_month,
  to_char(last_month, 'YYYY-MM') as last_month,
  streak_months,
  orders_in_streak
from ranked
where rn = 1 and streak_months >= 5
order by streak_months desc, customer_id
