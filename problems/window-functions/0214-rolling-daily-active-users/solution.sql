with days as (
  select d::date as day
  from generate_series(date '2025-06-11', date '2025-06-30', interval '1 day') as g(d)
), daily as (
  select d.day, count(distinct l.user_id) as dau
  from days d
  left join logins l on l.logged_in_at::date = d.day
  group by d.day
), rolling as (
  select day, dau,
         round(avg(dau) over (order by day rows between 6 preceding and current row), 2) as dau_7d_avg
  from daily
)
select day, dau, dau_7d_avg
from rolling
where day between date '2025-06-17' and date '2025-06-30'
order by day
