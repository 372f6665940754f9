with days as (
  select d::date as day
  from generate_series(date '2025-06-01', date '2025-06-30', interval '1 day') as d
),
activity as (
  select c.customer_id, t.created_at
  from transactions t
  join cards c on c.card_id = t.card_id
  where t.status = 'approved'
),
counts as (
  select
    d.day,
    count(distinct a.customer_id) filter (where a.created_at >= d.day) as dau,
    count(distinct a.customer_id) as wau
  from days d
  left join activity a
    on a.created_at >= d.day - 6
   and a.created_at < d.day + 1
  group by d.day
)
select day, dau, wau, round(100.0 * dau / nullif(wau, 0), 1) as stickiness_pct
from counts
order by day
