with calendar as (
  select c.city_id, c.name as city_name, d::date as day
  from cities c
  cross join generate_series(date '2025-06-11', date '2025-06-30', interval '1 day') as d
),
daily as (
  select city_id, requested_at::date as day, count(*) as n
  from trips
  where status = 'completed'
    and requested_at >= '2025-06-11' and requested_at < '2025-07-01'
  group by city_id, requested_at::date
),
series as (
  select cal.city_name, cal.day, coalesce(d.n, 0) as completed_trips,
         sum(coalesce(d.n, 0)) over (partition by cal.city_id order by cal.day
                                     rows between 6 preceding and current row) as sum_7d
  from calendar cal
  left join daily d on d.city_id = cal.city_id and d.day = cal.day
)
select city_name, day, completed_trips, round(sum_7d / 7.0, 2) as avg_7d
from series
where day >= '2025-06-17'
order by city_name, day
