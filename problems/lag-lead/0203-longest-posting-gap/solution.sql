with gaps as (
  select user_id,
         count(*) over (partition by user_id) as top_level_posts,
         lag(created_at) over (partition by user_id order by created_at) as gap_start,
         created_at as gap_end
  from posts
  where reply_to_post_id is null
)
select distinct on (user_id)
       user_id, top_level_posts, gap_start, gap_end,
       gap_end - gap_start as longest_gap
from gaps
where gap_start is not null
order by user_id, gap_end - gap_start desc, gap_start
