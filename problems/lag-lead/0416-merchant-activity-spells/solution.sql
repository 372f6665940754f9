with approved as (
  select
    merchant_id,
    txn_id,
    created_at,
    created_at::date as txn_date,
    lag(created_at::date) over (partition by merchant_id order by created_at, txn_id) as prev_date
  from transactions
  where status = 'approved'
),
numbered as (
  select
    merchant_id,
    txn_date,
    sum(case when prev_date is null or txn_date - prev_date > 30 then 1 else 0 end)
      over (partition by merchant_id order by created_at, txn_id
            rows between unbounded preceding and current row) as spell_no
  from approved
),
spells as (
  select
    merchant_id,
    spell_no,
    min(txn_date) as spell_start,
    max(txn_date) as spell_end,
    count(*) as approved_txns,
    max(spell_no) over (partition by merchant_id) as spells
  from numbered
  group by merchant_id, spell_no
)
select merchant_id, spell_no, spell_start, spell_end, approved_txns
from spells
where spells >= 2
order by merchant_id, spell_no
