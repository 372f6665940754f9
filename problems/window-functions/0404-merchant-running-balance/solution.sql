with ledger as (
  select
    merchant_id, entry_id, posted_at, entry_type, amount,
    sum(amount) over (
      partition by merchant_id
      order by posted_at, entry_id
      rows between unbounded preceding and current row
    ) as balance
  from merchant_ledger_entries
)
select merchant_id, entry_id, posted_at, entry_type, amount, balance
from ledger
where posted_at >= '2025-06-01' and posted_at < '2025-07-01'
order by merchant_id, posted_at, entry_id
