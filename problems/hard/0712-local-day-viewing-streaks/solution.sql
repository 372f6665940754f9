with local_days as (
  select distinct v.user_id, (v.started_at at time zone 'UTC' at time zone u.timezone)::date as local_day
  from views v
  join users u on u.user_id = v.user_id
  where v.watch_seconds > 0
),
islands as (
  select user_id, local_day,
         local_day - (row_number() over (partition by user_id order by local_day))::int as island
  from local_days
),
streaks as (
  select user_id, min(local_day) as streak_start, max(local_day) as streak_end, count(*) as streak_days
  from islands
  group by user_id, island
),
best as (
  select s.*, row_number() over (partition by user_id order by streak_days desc, streak_start) as rn
  from streaks s
)
select b.user_id, u.username, b.streak_days, b.streak_start, b.streak_end
from best b
join users u on u.user_id = b.user_id
where b.rn = 1 and b.streak_days >= 2
order by b.streak_days desc, b.user_id
