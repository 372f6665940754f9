with recursive tree as (
  select c.category_id, c.category_id as department_id
  from categories c
  join categories r on r.category_id = c.parent_id
  where r.parent_id is null
  union all
  select c.category_id, t.department_id
  from categories c
  join tree t on c.parent_id = t.category_id
), frequency as (
  select t.department_id,
         oi.unit_price * (1 - oi.discount_pct / 100) as net_price,
         sum(oi.quantity) as units
  from order_items oi
  join orders o on o.order_id = oi.order_id
  join products p on p.product_id = oi.product_id
  join tree t on t.category_id = p.category_id
  where o.status <> 'cancelled'
    and o.ordered_at >= timestamp '2024-01-01 00:00:00'
    and o.ordered_at < timestamp '2025-01-01 00:00:00'
  group by t.department_id, oi.unit_price * (1 - oi.discount_pct / 100)
), cumulative as (
  select department_id, net_price, units,
         sum(units) over (partition by department_id order by net_price) as units_through,
         sum(units) over (partition by department_id) as total_units
  from frequency
), middle as (
  select department_id, total_units, net_price
  from cumulative
  where units_through >= floor((total_units + 1) / 2)
    and units_through - units < floor(total_units / 2) + 1
)
select c.category_id as department_id, c.name as department, m.total_units as units,
       round(avg(m.net_price), 2) as median_net_price
from middle m
join categories c on c.category_id = m.department_id
group by c.category_id, c.name, m.total_units
order by c.category_id
