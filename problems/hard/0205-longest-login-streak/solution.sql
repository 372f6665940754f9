with login_days as (
  select distinct user_id, logged_in_at::date as login_day
  from logins
), islands as (
  select user_id, login_day,
         login_day - (row_number() over (partition by user_id order by login_day))::int as island
  from login_days
), streaks as (
  select user_id, count(*) as streak_days, min(login_day) as first_day, max(login_day) as last_day
  from islands
  group by user_id, island
), best as (
  select distinct on (user_id) user_id, streak_days, first_day, last_day
  from streaks
  order by user_id, streak_days desc, first_day
)
select user_id, streak_days, first_day, last_day
from best
order by streak_days desc, user_id
