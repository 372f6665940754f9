with lit as (
  select distinct started_at::date as day
  from views
  where started_at >= timestamp '2024-01-01 00:00:00'
    and started_at < timestamp '2025-07-01 00:00:00'
  union
  select date '2023-12-31'   -- sentinel: the day before the period
  union
  select date '2025-07-01'   -- sentinel: the day after the period
),
neighbours as (
  select day, lead(day) over (order by day) as next_lit
  from lit
)
select day + 1 as first_dark_day,
       next_lit - 1 as last_dark_day,
       next_lit - day - 1 as dark_days
from neighbours
where next_lit - day > 1
order by first_dark_day
