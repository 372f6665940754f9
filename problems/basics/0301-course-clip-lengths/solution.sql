select
  video_id,
  title,
  genre,
  published_on,
  case
    when duration_seconds < 600 then 'bite-size'
    when duration_seconds < 1200 then 'standard'
    else 'long'
  end as length_bucket,
  case when series_id is null then 'standalone' else 'episode' end as format
from videos
where genre in ('Programming', 'Data', 'Business')
  and published_on >= date '2025-01-01'
order by genre, published_on desc, video_id
