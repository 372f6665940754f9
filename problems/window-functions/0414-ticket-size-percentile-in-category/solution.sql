with per_merchant as (
  select
    m.merchant_id,
    m.name,
    m.mcc_category,
    count(*) as approved_txns,
    avg(t.amount) as avg_ticket
  from merchants m
  join transactions t on t.merchant_id = m.merchant_id
  where m.country = 'US'
    and t.status = 'approved'
    and t.created_at >= '2025-01-01'
    and t.created_at < '2025-07-01'
  group by m.merchant_id, m.name, m.mcc_category
)
select
  merchant_id,
  name,
  mcc_category,
  approved_txns,
  round(avg_ticket, 2) as avg_ticket,
  round((percent_rank() over w)::numeric, 3) as pct_rank,
  round((cume_dist() over w)::numeric, 3) as cume_dist
from per_merchant
window w as (partition by mcc_category order by avg_ticket)
order by mcc_category, pct_rank desc, merchant_id
