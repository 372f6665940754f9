with session_customer as (
  select session_id, max(customer_id) as customer_id
  from web_events
  group by session_id
),
views as (
  select sc.customer_id, w.product_id, w.occurred_at
  from web_events w
  join session_customer sc on sc.session_id = w.session_id
  where w.event_type = 'product_view'
    and sc.customer_id is not null
),
pairs as (
  select
    v.customer_id,
    v.product_id,
    bool_or(exists (
      select 1
      from orders o
      join order_items oi on oi.order_id = o.order_id
      where o.customer_id = v.customer_id
        and oi.product_id = v.product_id
        and o.status <> 'cancelled'
        and o.ordered_at >= v.occurred_at
        and o.ordered_at <= v.occurred_at + interval '7 days'
    )) as converted
  from views v
  group by v.customer_id, v.product_id
)
select
  c.name as category,
  count(*) as viewed_pairs,
  count(*) filter (where pr.converted) as converted_pairs,
  round(100.0 * count(*) filter (where pr.converted) / count(*), 1) as conversion_pct
from pairs pr
join products p on p.product_id = pr.product_id
join categories c on c.category_id = p.category_id
group by c.name
order by conversion_pct desc, category
