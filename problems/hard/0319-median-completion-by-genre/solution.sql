with deduped as (
  select distinct user_id, video_id, started_at, watched_seconds, device
  from views
),
scored as (
  select v.genre,
         100.0 * d.watched_seconds / v.duration_seconds as completion_pct,
         d.watched_seconds = v.duration_seconds as finished
  from deduped d
  join videos v on v.video_id = d.video_id
)
select genre,
       count(*) as views,
       round((percentile_cont(0.5) within group (order by completion_pct))::numeric, 1) as median_completion_pct,
       round(100.0 * count(*) filter (where finished) / count(*), 1) as finished_pct
from scored
group by genre
order by genre
