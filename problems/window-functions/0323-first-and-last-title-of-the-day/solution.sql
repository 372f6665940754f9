with day_views as (
  select v.started_at::date as day,
         v.started_at,
         first_value(vd.title) over w as first_title,
         last_value(vd.title) over w as last_title
  from views v
  join videos vd on vd.video_id = v.video_id
  where v.started_at >= timestamp '2025-06-24 00:00:00'
    and v.started_at < timestamp '2025-07-01 00:00:00'
  window w as (partition by v.started_at::date
               order by v.started_at, v.view_id
               rows between unbounded preceding and unbounded following)
)
select day,
       count(*) as views,
       first_title,
       last_title,
       round(extract(epoch from max(started_at) - min(started_at)) / 60, 1) as span_minutes
from day_views
group by day, first_title, last_title
order by day
