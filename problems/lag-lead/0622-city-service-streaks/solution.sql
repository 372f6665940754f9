with served as (
  select distinct city_id, requested_at::date as day
  from trips
  where status = 'completed'
    and requested_at >= timestamp '2025-01-01 00:00:00'
    and requested_at < timestamp '2025-07-01 00:00:00'
),
islands as (
  select city_id, day,
         day - (row_number() over (partition by city_id order by day))::int as island
  from served
),
streaks as (
  select city_id, min(day) as streak_start, max(day) as streak_end, count(*) as days
  from islands
  group by city_id, island
),
ranked as (
  select city_id, days, streak_start,
         row_number() over (partition by city_id order by days desc, streak_start) as rn
  from streaks
)
select c.name as city_name,
       coalesce(r.days, 0) as longest_streak_days,
       r.streak_start as longest_streak_start,
       coalesce((select s.days from streaks s
                 where s.city_id = c.city_id and s.streak_end = date '2025-06-30'), 0) as current_streak_days
from cities c
left join ranked r on r.city_id = c.city_id and r.rn = 1
order by c.name
