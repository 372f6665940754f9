select
  d.txn_id,
  d.created_at as declined_at,
  d.merchant_id,
  d.card_id,
  c.customer_id,
  cu.full_name
from transactions d
join cards c on c.card_id = d.card_id
join customers cu on cu.customer_id = c.customer_id
where d.status = 'declined'
  and d.decline_reason = 'expired_card'
  and exists (
    select 1
    from cards other
    join transactions ok on ok.card_id = other.card_id
    where other.customer_id = c.customer_id
      and other.brand = c.brand
      and other.card_id <> c.card_id
      and ok.status = 'approved'
      and ok.created_at < d.created_at
  )
order by declined_at, d.txn_id
