select u.user_id,
       u.handle,
       (select count(*) from follows f where f.followee_id = u.user_id) as followers,
       (select count(*) from follows f where f.follower_id = u.user_id) as following
from users u
where u.is_verified
order by followers desc, u.user_id
