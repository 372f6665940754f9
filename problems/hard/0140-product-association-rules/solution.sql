with baskets as (
  select oi.order_id, oi.product_id
  from order_items oi
  join orders o on o.order_id = oi.order_id
  where o.status <> 'cancelled'
    and o.ordered_at >= timestamp '2024-01-01 00:00:00'
    and o.ordered_at < timestamp '2025-01-01 00:00:00'
), totals as (
  select count(distinct order_id) as orders from baskets
), product_orders as (
  select product_id, count(*) as orders
  from baskets
  group by product_id
), pairs as (
  select a.product_id as antecedent_id, b.product_id as consequent_id, count(*) as orders_together
  from baskets a
  join baskets b using (order_id)
  where b.product_id <> a.product_id
  group by a.product_id, b.product_id
  having count(*) >= 5
)
select p.antecedent_id, p.consequent_id, p.orders_together,
       round(p.orders_together::numeric / pa.orders, 3) as confidence,
       round(p.orders_together::numeric * t.orders / (pa.orders * pc.orders), 2) as lift
from pairs p
join product_orders pa on pa.product_id = p.antecedent_id
join product_orders pc on pc.product_id = p.consequent_id
cross join totals t
where p.orders_together >= 0.25 * pa.orders
order by lift desc, p.antecedent_id, p.consequent_id
