create index on scan_events (shipment_id);
select c.claim_id, c.shipment_id, c.filed_at, c.amount_claimed
from claims c
where c.status = 'approved'
  and c.filed_at >= '2025-03-01' and c.filed_at < '2025-04-01'
  and c.shipment_id is not null
  and not exists (select 1 from scan_events e where e.shipment_id = c.shipment_id)
order by c.claim_id
