create index on scan_events (shipment_id, scanned_at);
select c.claim_id, c.shipment_id, c.filed_at, c.amount_claimed
from claims c
where c.reason = 'lost'
  and c.filed_at >= '2025-03-16'
  and exists (
    select 1
    from scan_events e
    where e.shipment_id = c.shipment_id
      and e.scanned_at > c.filed_at
  )
order by c.claim_id
