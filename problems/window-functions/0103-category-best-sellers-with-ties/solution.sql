with product_units as (
  select p.category_id, p.product_id, p.name as product_name, sum(oi.quantity) as units_sold
  from order_items oi
  join orders o on o.order_id = oi.order_id
  join products p on p.product_id = oi.product_id
  where o.status <> 'cancelled'
  group by p.category_id, p.product_id, p.name
),
ranked as (
  select pu.*, rank() over (partition by pu.category_id order by pu.units_sold desc) as sales_rank
  from product_units pu
)
select c.name as category_name, r.product_id, r.product_name, r.units_sold, r.sales_rank
from ranked r
join categories c on c.category_id = r.category_id
where r.sales_rank <= 3
order by category_name, sales_rank, product_id
