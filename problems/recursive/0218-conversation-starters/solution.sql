with recursive thread(root_author, post_id) as (
  select user_id, post_id
  from posts
  where reply_to_post_id is null
  union all
  select t.root_author, r.post_id
  from thread t
  join posts r on r.reply_to_post_id = t.post_id
)
select t.root_author as user_id,
       count(distinct p.user_id) as repliers,
       count(*) as replies
from thread t
join posts p on p.post_id = t.post_id
where p.reply_to_post_id is not null
  and p.user_id <> t.root_author
group by t.root_author
order by repliers desc, replies desc, user_id
