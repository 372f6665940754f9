with recursive tree as (
  select category_id, name::text as path, 1 as depth, array[category_id] as lineage
  from categories
  where parent_id is null
  union all
  select c.category_id, t.path || ' > ' || c.name, t.depth + 1, t.lineage || c.category_id
  from categories c
  join tree t on c.parent_id = t.category_id
),
direct_units as (
  select p.category_id, sum(oi.quantity) as units
  from order_items oi
  join orders o on o.order_id = oi.order_id
  join products p on p.product_id = oi.product_id
  where o.status <> 'cancelled'
  group by p.category_id
)
select a.category_id, a.path, a.depth, coalesce(sum(d.units), 0) as units_sold
from tree a
join tree x on a.category_id = any (x.lineage)
left join direct_units d on d.category_id = x.category_id
group by a.category_id, a.path, a.depth
order by a.path
