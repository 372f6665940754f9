with tags as (
  select distinct p.post_id, p.user_id, p.created_at, lower(m[1]) as hashtag
  from posts p
  cross join lateral regexp_matches(p.caption, '#([A-Za-z0-9_]+)', 'g') as m
)
select hashtag,
       count(*) as posts,
       count(distinct user_id) as authors,
       min(created_at)::date as first_used
from tags
group by hashtag
order by posts desc, hashtag
