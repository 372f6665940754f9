with days as (
  select d::date as day
  from generate_series(date '2024-02-24', date '2024-03-14', interval '1 day') as d
),
daily as (
  select days.day, count(t.txn_id) as approved_txns
  from days
  left join transactions t
    on t.status = 'approved'
   and t.created_at >= days.day
   and t.created_at < days.day + 1
  group by days.day
),
smoothed as (
  select
    day,
    approved_txns,
    avg(approved_txns) over (order by day rows between 6 preceding and current row) as avg_7d
  from daily
)
select day, approved_txns, round(avg_7d, 2) as avg_7d
from smoothed
where day >= date '2024-03-01'
order by day
