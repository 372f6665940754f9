with post_likes as (
  select p.user_id, p.post_id, p.created_at, count(l.user_id) as likes
  from posts p
  left join likes l on l.post_id = p.post_id
  where p.reply_to_post_id is null
  group by p.user_id, p.post_id, p.created_at
), ranked as (
  select pl.*,
         row_number() over (partition by user_id order by likes desc, created_at desc, post_id desc) as rn
  from post_likes pl
)
select user_id, post_id, created_at, likes
from ranked
where rn = 1
order by likes desc, user_id
