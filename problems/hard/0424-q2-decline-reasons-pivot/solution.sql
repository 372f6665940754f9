with q2 as (
  select m.mcc_category, t.txn_id, t.status, t.decline_reason
  from merchants m
  left join transactions t
    on t.merchant_id = m.merchant_id
   and t.created_at >= '2025-04-01'
   and t.created_at < '2025-07-01'
)
select
  coalesce(mcc_category, 'TOTAL') as mcc_category,
  count(txn_id) as attempts,
  count(*) filter (where status = 'declined') as declines,
  count(*) filter (where decline_reason in ('insufficient_funds', 'limit_exceeded')) as funds,
  count(*) filter (where decline_reason = 'do_not_honor') as issuer,
  count(*) filter (where decline_reason in ('suspected_fraud', 'incorrect_cvc')) as fraud,
  count(*) filter (where decline_reason not in ('insufficient_funds', 'limit_exceeded', 'do_not_honor',
                                                 'suspected_fraud', 'incorrect_cvc')) as other,
  round(100.0 * count(*) filter (where status = 'declined') / nullif(count(txn_id), 0), 1) as decline_rate_pct
from q2
group by rollup (mcc_category)
