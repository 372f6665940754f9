select f2.followee_id as user_id,
       u.handle,
       count(*) as mutual_count
from follows f1
join follows f2 on f2.follower_id = f1.followee_id
join users u on u.user_id = f2.followee_id
where f1.follower_id = 356
  and f2.followee_id <> 356
  and not exists (
    select 1 from follows mine
    where mine.follower_id = 356
      and mine.followee_id = f2.followee_id
  )
group by f2.followee_id, u.handle
having count(*) >= 2
order by mutual_count desc, user_id
