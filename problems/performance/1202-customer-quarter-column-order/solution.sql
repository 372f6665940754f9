create index on shipments (customer_id, created_at);
select shipment_id, tracking_code, status, created_at
from shipments
where customer_id = 2817
  and created_at >= '2025-01-01' and created_at < '2025-04-01'
order by created_at, shipment_id
