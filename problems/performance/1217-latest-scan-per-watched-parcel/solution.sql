create index on scan_events (shipment_id, scanned_at desc, event_id desc);
select w.shipment_id, l.event_id, l.scanned_at, l.event_type, l.depot_id
from (values (22270), (19883), (21332), (23586), (20681), (22067),
             (20086), (23075), (21626), (20905), (22025), (21080)) as w (shipment_id)
left join lateral (
  select e.event_id, e.scanned_at, e.event_type, e.depot_id
  from scan_events as e
  where e.shipment_id = w.shipment_id
  order by e.scanned_at desc, e.event_id desc
  limit 1
) as l on true
order by w.shipment_id
