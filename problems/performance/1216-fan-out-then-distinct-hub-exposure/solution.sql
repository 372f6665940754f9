create index on scan_events (depot_id, scanned_at, shipment_id);
select count(*) as parcels, sum(s.declared_value) as declared_value
from shipments s
where s.shipment_id in (
  select e.shipment_id
  from scan_events e
  where e.depot_id = 27
    and e.scanned_at >= '2025-06-30' and e.scanned_at < '2025-07-01'
)
