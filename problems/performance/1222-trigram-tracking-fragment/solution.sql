create index on shipments using gin (lower(tracking_code) gin_trgm_ops);
select shipment_id, tracking_code, status, created_at
from shipments
where lower(tracking_code) like '%wh64%'
order by shipment_id
