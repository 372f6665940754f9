select
  m.mcc_category,
  count(*) as attempts,
  count(*) filter (where t.status = 'approved') as approved,
  round(100.0 * count(*) filter (where t.status = 'approved') / count(*), 1) as approval_pct
from transactions t
join merchants m on m.merchant_id = t.merchant_id
where t.created_at >= '2025-06-23' and t.created_at < '2025-06-30'
group by m.mcc_category
having count(*) >= 5
order by approval_pct desc, m.mcc_category
