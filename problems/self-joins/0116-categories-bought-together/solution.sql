with order_categories as (
  select distinct oi.order_id, c.name
  from order_items oi
  join orders o on o.order_id = oi.order_id
  join products p on p.product_id = oi.product_id
  join categories c on c.category_id = p.category_id
  where o.status <> 'cancelled'
),
pairs as (
  select a.name as category_a, b.name as category_b, count(*) as orders_together
  from order_categories a
  join order_categories b on b.order_id = a.order_id and a.name < b.name
  group by a.name, b.name
),
ranked as (
  select rank() over (order by orders_together desc) as pair_rank, category_a, category_b, orders_together
  from pairs
)
select pair_rank, category_a, category_b, orders_together
from ranked
where pair_rank <= 10
order by pair_rank, category_a, category_b
