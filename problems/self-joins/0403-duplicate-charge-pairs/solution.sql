select
  a.card_id,
  a.merchant_id,
  a.amount,
  a.txn_id as first_txn_id,
  b.txn_id as second_txn_id,
  extract(epoch from b.created_at - a.created_at)::integer as seconds_apart
from transactions a
join transactions b
  on b.card_id = a.card_id
 and b.merchant_id = a.merchant_id
 and b.amount = a.amount
 and (b.created_at, b.txn_id) > (a.created_at, a.txn_id)
 and b.created_at <= a.created_at + interval '10 minutes'
where a.status = 'approved'
  and b.status = 'approved'
order by first_txn_id, second_txn_id
