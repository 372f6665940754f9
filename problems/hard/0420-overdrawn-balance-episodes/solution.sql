with running as (
  select
    merchant_id,
    entry_id,
    posted_at,
    sum(amount) over (partition by merchant_id order by posted_at, entry_id
                      rows between unbounded preceding and current row) as balance,
    lead(posted_at) over (partition by merchant_id order by posted_at, entry_id) as next_posted_at
  from merchant_ledger_entries
),
grouped as (
  select
    *,
    count(*) filter (where balance >= 0)
      over (partition by merchant_id order by posted_at, entry_id
            rows between unbounded preceding and current row) as recoveries_so_far
  from running
)
select
  merchant_id,
  min(posted_at) as overdrawn_at,
  (array_agg(next_posted_at order by posted_at desc, entry_id desc))[1] as recovered_at,
  count(*) as entries_below_zero,
  min(balance) as lowest_balance
from grouped
where balance < 0
group by merchant_id, recoveries_so_far
order by overdrawn_at, merchant_id
