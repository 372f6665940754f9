with actions as (
  select user_id, created_at as acted_at from posts
  union all
  select user_id, liked_at from likes
  union all
  select follower_id, followed_at from follows
),
q2 as (
  select user_id, count(*) as actions, count(distinct acted_at::date) as active_days
  from actions
  where acted_at >= '2025-04-01' and acted_at < '2025-07-01'
  group by user_id
)
select u.user_id, u.handle, coalesce(q.actions, 0) as actions, coalesce(q.active_days, 0) as active_days
from users u
left join q2 q on q.user_id = u.user_id
where u.is_verified
order by actions desc, u.user_id
