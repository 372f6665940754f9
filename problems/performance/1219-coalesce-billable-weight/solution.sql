create index on shipments (customer_id, weight_kg);
select shipment_id, tracking_code, weight_kg, status
from shipments
where customer_id = 403
  and (weight_kg >= 30 or weight_kg is null)
order by shipment_id
