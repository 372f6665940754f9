select p.post_id, p.user_id, a.handle, p.created_at
from posts p
join users a on a.user_id = p.user_id
where p.reply_to_post_id is null
  and not a.is_verified
  and p.created_at >= timestamp '2025-06-01'
  and p.created_at < timestamp '2025-07-01'
  and exists (
    select 1
    from likes l
    join users v on v.user_id = l.user_id
    where l.post_id = p.post_id
      and v.is_verified
  )
order by p.created_at desc, p.post_id desc
limit 10
