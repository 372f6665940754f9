with daily as (
  select started_at::date as view_date,
         sum(watched_seconds) as seconds
  from views
  group by started_at::date
),
rolling as (
  select view_date, seconds,
         sum(seconds) over (order by view_date
                            range between interval '6 days' preceding and current row) as window_seconds
  from daily
)
select view_date,
       round(seconds / 3600.0, 2) as watch_hours,
       round(window_seconds / 3600.0 / 7, 2) as rolling_avg_hours
from rolling
where view_date between date '2024-03-01' and date '2024-04-30'
order by view_date
