create index on shipments (weight_kg desc nulls last, shipment_id);
select shipment_id, tracking_code, weight_kg, service_level
from shipments
order by weight_kg desc nulls last, shipment_id
limit 20
