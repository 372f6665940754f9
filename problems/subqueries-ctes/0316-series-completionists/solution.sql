with episode_counts as (
  select series_id, count(*) as episodes
  from videos
  where series_id is not null
  group by series_id
),
user_progress as (
  select v.series_id, w.user_id, count(distinct w.video_id) as episodes_seen
  from views w
  join videos v on v.video_id = w.video_id
  where v.series_id is not null
  group by v.series_id, w.user_id
)
select s.series_id,
       s.title,
       e.episodes,
       count(p.user_id) as starters,
       count(p.user_id) filter (where p.episodes_seen = e.episodes) as completionists
from series s
join episode_counts e on e.series_id = s.series_id
left join user_progress p on p.series_id = s.series_id
group by s.series_id, s.title, e.episodes
order by completionists desc, s.series_id
