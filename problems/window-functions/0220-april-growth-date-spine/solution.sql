with days as (
  select g.d::date as day
  from generate_series(date '2024-01-01', date '2025-04-30', interval '1 day') as g(d)
), signups as (
  select joined_at::date as day, count(*) as signups
  from users
  group by joined_at::date
), top_posts as (
  select created_at::date as day, count(*) as posts
  from posts
  where reply_to_post_id is null
  group by created_at::date
), daily as (
  select d.day,
         coalesce(s.signups, 0) as signups,
         coalesce(p.posts, 0) as top_level_posts,
         sum(coalesce(s.signups, 0)) over (order by d.day) as members
  from days d
  left join signups s on s.day = d.day
  left join top_posts p on p.day = d.day
)
select day, signups, top_level_posts, members
from daily
where day >= date '2025-04-01'
order by day
