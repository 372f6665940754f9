select f1.follower_id as user_a,
       f1.followee_id as user_b,
       greatest(f1.followed_at, f2.followed_at) as mutual_since
from follows f1
join follows f2
  on f2.follower_id = f1.followee_id
 and f2.followee_id = f1.follower_id
where f1.follower_id < f1.followee_id
order by mutual_since desc, user_a, user_b
