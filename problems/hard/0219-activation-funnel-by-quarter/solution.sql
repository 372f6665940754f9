with first_post as (
  select user_id, min(created_at) as first_post_at
  from posts
  where reply_to_post_id is null
  group by user_id
), first_like as (
  select p.user_id, min(l.liked_at) as first_like_at
  from posts p
  join likes l on l.post_id = p.post_id
  where p.reply_to_post_id is null
  group by p.user_id
), members as (
  select date_trunc('quarter', u.joined_at)::date as cohort_quarter,
         u.user_id,
         fp.first_post_at::date - u.joined_at::date as days_to_post,
         fl.first_like_at::date - fp.first_post_at::date as days_to_like,
         fp.first_post_at is not null as posted,
         fl.first_like_at is not null as liked
  from users u
  left join first_post fp on fp.user_id = u.user_id
  left join first_like fl on fl.user_id = u.user_id
)
select cohort_quarter,
       count(*) as signed_up,
       count(*) filter (where posted) as posted,
       count(*) filter (where liked) as liked,
       round(100.0 * count(*) filter (where posted) / count(*), 1) as posted_pct,
       round(100.0 * count(*) filter (where liked) / nullif(count(*) filter (where posted), 0), 1) as liked_pct,
       percentile_cont(0.5) within group (order by days_to_post) as median_days_to_post,
       percentile_cont(0.5) within group (order by days_to_like) as median_days_to_like
from members
group by cohort_quarter
order by cohort_quarter
