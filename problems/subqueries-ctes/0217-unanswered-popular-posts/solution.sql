select p.post_id, p.user_id, p.created_at, count(*) as likes
from posts p
join likes l on l.post_id = p.post_id
where p.reply_to_post_id is null
  and p.created_at >= timestamp '2025-06-01'
  and p.created_at < timestamp '2025-07-01'
  and not exists (
    select 1
    from posts r
    where r.reply_to_post_id = p.post_id
      and r.user_id <> p.user_id
  )
group by p.post_id, p.user_id, p.created_at
having count(*) >= 3
order by likes desc, p.post_id
