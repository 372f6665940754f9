with f as (
  select v.user_id, vd.series_id, vd.episode_no, min(vd.genre) as genre, min(v.started_at) as first_start
  from views v join videos vd on vd.video_id = v.video_id
  where vd.series_id is not null
  group by v.user_id, vd.series_id, vd.episode_no
), l as (
  select f.*,
         lag(episode_no) over w as prev_episode,
         lag(first_start) over w as prev_start,
         lag(genre) over w as prev_genre
  from f
  window w as (partition by user_id, series_id order by episode_no)
)
select prev_genre as genre, count(*) as transitions,
       round(percentile_cont(0.5) within group (order by extract(epoch from first_start - prev_start) / 3600)::numeric, 1) as median_gap_hours,
       round(percentile_cont(0.9) within group (order by extract(epoch from first_start - prev_start) / 3600)::numeric, 1) as p90_gap_hours
from l
where episode_no = prev_episode + 1 and first_start > prev_start
group by prev_genre
order by median_gap_hours, genre
