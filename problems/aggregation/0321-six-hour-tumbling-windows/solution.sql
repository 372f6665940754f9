with windows as (
  select w as window_start
  from generate_series(timestamp '2025-06-22 00:00:00', timestamp '2025-06-30 18:00:00', interval '6 hours') as w
)
select w.window_start,
       count(v.view_id) as views,
       count(distinct v.user_id) as viewers,
       coalesce(round(sum(v.watched_seconds) / 60.0, 1), 0) as watch_minutes
from windows w
left join views v
  on v.started_at >= w.window_start
 and v.started_at < w.window_start + interval '6 hours'
group by w.window_start
order by w.window_start
