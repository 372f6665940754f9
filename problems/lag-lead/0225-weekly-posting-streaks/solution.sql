with weeks as (
  select distinct user_id, date_trunc('week', created_at)::date as week_start
  from posts
  where reply_to_post_id is null
), keyed as (
  select user_id, week_start,
         week_start - 7 * (row_number() over (partition by user_id order by week_start))::int as run_key
  from weeks
), runs as (
  select user_id, run_key, count(*) as streak_weeks, min(week_start) as first_week, max(week_start) as last_week
  from keyed
  group by user_id, run_key
), ranked as (
  select r.*, row_number() over (partition by user_id order by streak_weeks desc, first_week) as pick
  from runs r
)
select user_id, streak_weeks, first_week, last_week
from ranked
where pick = 1 and streak_weeks >= 4
order by streak_weeks desc, user_id
