with per_user as (
  select user_id, sum(watched_seconds) as seconds
  from views
  where started_at >= timestamp '2025-01-01 00:00:00'
    and started_at < timestamp '2025-04-01 00:00:00'
  group by user_id
),
bucketed as (
  select user_id, seconds,
         ntile(4) over (order by seconds desc, user_id) as quartile
  from per_user
)
select quartile,
       count(*) as users,
       round(min(seconds) / 3600.0, 2) as min_hours,
       round(max(seconds) / 3600.0, 2) as max_hours,
       round(100.0 * sum(seconds) / (select sum(seconds) from per_user), 1) as share_pct
from bucketed
group by quartile
order by quartile
