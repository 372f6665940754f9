with ranked as (
  select order_id, customer_id, status, order_total, version, updated_at,
         row_number() over (partition by order_id order by version desc) as rn
  from raw_orders
)
insert into orders (order_id, customer_id, status, order_total, version, updated_at)
select order_id, customer_id, status, order_total, version, updated_at
from ranked
where rn = 1
on conflict (order_id) do update
set customer_id = excluded.customer_id,
    status = excluded.status,
    order_total = excluded.order_total,
    version = excluded.version,
    updated_at = excluded.updated_at
where excluded.version > orders.version;
