create index on shipments (customer_id, created_at);
create index on scan_events (shipment_id);
select s.shipment_id, s.tracking_code, e.event_id, e.scanned_at, e.depot_id, e.event_type
from shipments s
join scan_events e on e.shipment_id = s.shipment_id
where s.customer_id = 403
  and s.created_at >= '2025-06-02' and s.created_at < '2025-06-09'
order by s.shipment_id, e.scanned_at, e.event_id
