select coalesce(u.country, 'unknown') as country,
       count(distinct u.user_id) as members,
       count(distinct p.user_id) as posters,
       round(100.0 * count(distinct p.user_id) / count(distinct u.user_id), 1) as poster_pct
from users u
left join posts p
  on p.user_id = u.user_id
 and p.reply_to_post_id is null
group by coalesce(u.country, 'unknown')
having count(distinct p.user_id) >= 3
order by poster_pct desc, country
