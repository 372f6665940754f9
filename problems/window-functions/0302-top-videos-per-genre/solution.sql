with viewers as (
  select v.genre, v.video_id, v.title, count(distinct w.user_id) as viewers
  from views w
  join videos v on v.video_id = w.video_id
  where w.started_at >= timestamp '2025-01-01 00:00:00'
    and w.started_at < timestamp '2025-04-01 00:00:00'
  group by v.genre, v.video_id, v.title
),
ranked as (
  select genre, video_id, title, viewers,
         rank() over (partition by genre order by viewers desc) as genre_rank
  from viewers
)
select genre, genre_rank, video_id, title, viewers
from ranked
where genre_rank <= 3
order by genre, genre_rank, video_id
