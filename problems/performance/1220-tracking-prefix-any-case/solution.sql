create index on shipments (upper(tracking_code));
select shipment_id, tracking_code, customer_id, status, created_at
from shipments
where upper(tracking_code) like 'PK-CW%'
order by shipment_id desc
