with weeks as (
  select c.city_id, c.name as city_name, w::date as week_start
  from cities c
  cross join generate_series(date '2025-03-10', date '2025-04-21', interval '7 days') as w
),
weekly as (
  select city_id, date_trunc('week', requested_at)::date as week_start, count(*) as n
  from trips
  where status = 'completed'
    and requested_at >= '2025-03-10' and requested_at < '2025-04-28'
  group by city_id, date_trunc('week', requested_at)::date
),
series as (
  select wk.city_name, wk.week_start, coalesce(w.n, 0) as completed_trips,
         lag(coalesce(w.n, 0)) over (partition by wk.city_id order by wk.week_start) as prev_week_trips
  from weeks wk
  left join weekly w on w.city_id = wk.city_id and w.week_start = wk.week_start
)
select city_name, week_start, completed_trips, prev_week_trips,
       completed_trips - prev_week_trips as wow_change,
       round(100.0 * (completed_trips - prev_week_trips) / nullif(prev_week_trips, 0), 1) as wow_change_pct
from series
where week_start >= '2025-03-17'
order by city_name, week_start
