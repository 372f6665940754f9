create index on scan_events (depot_id, scanned_at, event_id);
select event_id, shipment_id, scanned_at, event_type
from scan_events
where depot_id = 33
  and (scanned_at, event_id) > (timestamp '2025-05-06 04:49:34', 8019116)
order by scanned_at, event_id
limit 50
