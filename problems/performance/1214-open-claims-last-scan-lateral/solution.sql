create index on scan_events (shipment_id, scanned_at, event_id);
select c.claim_id, c.shipment_id, c.reason,
  l.scanned_at as last_scanned_at, l.event_type as last_event_type
from claims c
left join lateral (
  select e.scanned_at, e.event_type
  from scan_events e
  where e.shipment_id = c.shipment_id
  order by e.scanned_at desc, e.event_id desc
  limit 1
) l on true
where c.status = 'open' and c.shipment_id is not null
order by c.claim_id
