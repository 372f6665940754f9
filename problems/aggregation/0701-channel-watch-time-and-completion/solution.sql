with per_channel as (
  select v.channel_id,
         count(*) as views,
         sum(w.watch_seconds) as watch_seconds,
         avg(least(w.watch_seconds::numeric / v.duration_seconds, 1)) as completion
  from views w
  join videos v on v.video_id = w.video_id
  group by v.channel_id
)
select c.channel_id,
       c.name,
       coalesce(p.views, 0) as views,
       coalesce(round(p.watch_seconds / 3600.0, 1), 0) as watch_hours,
       round(100 * p.completion, 1) as avg_completion_pct
from channels c
left join per_channel p on p.channel_id = c.channel_id
order by watch_hours desc, c.channel_id
