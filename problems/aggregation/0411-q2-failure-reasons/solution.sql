select
  coalesce(decline_reason, 'reversed') as reason,
  count(*) as failures,
  count(distinct card_id) as cards_affected
from transactions
where created_at >= '2025-04-01'
  and created_at < '2025-07-01'
  and status <> 'approved'
  and (decline_reason is null or decline_reason <> 'processing_error')
group by coalesce(decline_reason, 'reversed')
order by failures desc, reason
