with recursive reach(user_id, hops) as (
  select followee_id, 1
  from follows
  where follower_id = 56
  union
  select f.followee_id, r.hops + 1
  from reach r
  join follows f on f.follower_id = r.user_id
  where r.hops < 3
)
select user_id, min(hops) as hops
from reach
where user_id <> 56
group by user_id
order by hops, user_id
