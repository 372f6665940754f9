with recursive bundle_lines as (
  select oi.order_id, oi.product_id, oi.quantity
  from order_items oi
  join orders o on o.order_id = oi.order_id
  where o.status <> 'cancelled'
    and o.ordered_at >= '2025-01-01'
    and o.ordered_at < '2026-01-01'
    and exists (select 1 from bundle_components b where b.bundle_product_id = oi.product_id)
),
explode as (
  select bl.order_id, bc.component_product_id as product_id, bl.quantity * bc.quantity as units
  from bundle_lines bl
  join bundle_components bc on bc.bundle_product_id = bl.product_id
  union all
  select e.order_id, bc.component_product_id, e.units * bc.quantity
  from explode e
  join bundle_components bc on bc.bundle_product_id = e.product_id
)
select e.product_id, p.name as product_name,
       sum(e.units) as units_needed,
       count(distinct e.order_id) as order_count
from explode e
join products p on p.product_id = e.product_id
where not exists (select 1 from bundle_components b where b.bundle_product_id = e.product_id)
group by e.product_id, p.name
order by units_needed desc, e.product_id
