select m.merchant_id, m.name, m.mcc_category, m.onboarded_on
from merchants m
left join transactions t
  on t.merchant_id = m.merchant_id
 and t.status = 'approved'
 and t.created_at >= '2025-05-01'
 and t.created_at < '2025-06-01'
where m.onboarded_on < '2025-05-01'
  and t.txn_id is null
order by m.merchant_id
