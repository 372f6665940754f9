create index on shipments (weight_kg);
create index on shipments (declared_value);
select shipment_id, tracking_code, status, weight_kg, declared_value
from shipments
where weight_kg >= 60 or declared_value >= 1000
order by shipment_id
