with deduped as (
  select distinct d.user_id, d.video_id, d.started_at, d.watched_seconds, d.device
  from views d
),
ordered as (
  select d.user_id, d.video_id, d.started_at, v.series_id, v.episode_no,
         d.started_at - lag(d.started_at + d.watched_seconds * interval '1 second') over w as gap,
         lag(v.series_id) over w as prev_series,
         lag(v.episode_no) over w as prev_episode
  from deduped d
  join videos v on v.video_id = d.video_id
  window w as (partition by d.user_id order by d.started_at, d.video_id)
),
chains as (
  select user_id, series_id,
         sum(case when gap <= interval '30 minutes'
                   and series_id = prev_series
                   and episode_no = prev_episode + 1
                  then 0 else 1 end)
           over (partition by user_id order by started_at, video_id) as chain_no
  from ordered
),
binges as (
  select user_id, series_id, chain_no, count(*) as episodes
  from chains
  where series_id is not null
  group by user_id, series_id, chain_no
  having count(*) >= 3
)
select b.series_id, s.title,
       count(*) as binges,
       count(distinct b.user_id) as bingers,
       max(b.episodes) as longest_binge
from binges b
join series s on s.series_id = b.series_id
group by b.series_id, s.title
order by binges desc, b.series_id
