with counts as (
  select u.user_id, u.handle, count(f.follower_id) as followers
  from users u
  left join follows f on f.followee_id = u.user_id
  group by u.user_id, u.handle
), ranked as (
  select user_id, handle, followers,
         percent_rank() over (order by followers) as pr
  from counts
)
select user_id, handle, followers, round(pr::numeric, 3) as follower_pct_rank
from ranked
where pr >= 0.9
order by followers desc, user_id
