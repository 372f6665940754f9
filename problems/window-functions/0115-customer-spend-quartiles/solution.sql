with spend as (
  select o.customer_id,
         sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) as spend
  from orders o
  join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
    and o.ordered_at >= '2024-01-01'
    and o.ordered_at < '2025-01-01'
  group by o.customer_id
),
bucketed as (
  select customer_id, spend,
         ntile(4) over (order by spend desc, customer_id) as quartile
  from spend
)
select quartile,
       count(*) as customer_count,
       round(min(spend), 2) as min_spend,
       round(max(spend), 2) as max_spend,
       round(100 * sum(spend) / (select sum(spend) from spend), 1) as revenue_share_pct
from bucketed
group by quartile
order by quartile
