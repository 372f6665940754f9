create index on shipments (customer_id, created_at desc, shipment_id desc);
select c.customer_id, c.customer_name, s.shipment_id, s.created_at, s.status
from customers as c
cross join lateral (
  select x.shipment_id, x.created_at, x.status
  from shipments as x
  where x.customer_id = c.customer_id
  order by x.created_at desc, x.shipment_id desc
  limit 3
) as s
where c.segment = 'business' and c.home_depot_id = 29
order by c.customer_id, s.created_at desc, s.shipment_id desc
