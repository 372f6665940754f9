with versions as (
  select user_id, video_id, started_at, watched_seconds, device,
         row_number() over (partition by user_id, video_id, started_at order by view_id desc) as version_rank
  from views
  where started_at >= timestamp '2025-04-01 00:00:00'
    and started_at < timestamp '2025-07-01 00:00:00'
)
select device,
       count(*) as playbacks,
       count(distinct user_id) as viewers,
       round(sum(watched_seconds) / 3600.0, 2) as watch_hours
from versions
where version_rank = 1
group by device
order by watch_hours desc, device
