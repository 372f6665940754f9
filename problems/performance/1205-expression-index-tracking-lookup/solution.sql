create index on shipments (lower(tracking_code));
select shipment_id, tracking_code, status, delivered_at
from shipments
where lower(tracking_code) in ('pk-d2vqfk5nuw', 'pk-qrusfaqgk7', 'pk-qnzvly9a9g', 'pk-zz2zz2zz2z')
order by shipment_id
