create index on scan_events (depot_id, event_type, scanned_at);
select d.depot_id, d.depot_code, d.city
from depots d
where d.country = 'NL'
  and exists (
    select 1
    from scan_events e
    where e.depot_id = d.depot_id
      and e.event_type = 'delivery_failed'
      and e.scanned_at >= '2025-06-01' and e.scanned_at < '2025-07-01'
  )
order by d.depot_id
