with recursive thread(root_id, post_id, depth) as (
  select p.post_id, p.post_id, 0
  from posts p
  where p.reply_to_post_id is null
  union all
  select t.root_id, c.post_id, t.depth + 1
  from thread t
  join posts c on c.reply_to_post_id = t.post_id
)
select root_id as post_id,
       count(*) - 1 as replies,
       max(depth) as max_depth
from thread
group by root_id
having count(*) > 1
order by replies desc, max_depth desc, post_id
