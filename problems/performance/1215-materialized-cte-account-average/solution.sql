create index on shipments (customer_id);
with live_parcels as not materialized (
  select shipment_id, customer_id, created_at, service_level, declared_value
  from shipments
  where status <> 'cancelled'
)
select p.shipment_id, p.created_at, p.service_level, p.declared_value
from live_parcels p
where p.customer_id = 1380
  and p.declared_value > (select avg(declared_value) from live_parcels where customer_id = 1380)
order by p.shipment_id
