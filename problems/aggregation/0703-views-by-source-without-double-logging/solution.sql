with numbered as (
  select traffic_source, watch_seconds,
         row_number() over (partition by video_id, user_id, started_at, watch_seconds, device, traffic_source
                            order by view_id) as copy_no
  from views
)
select traffic_source,
       count(*) as logged_views,
       count(*) filter (where copy_no = 1) as unique_views,
       round(sum(watch_seconds) filter (where copy_no = 1) / 60.0, 1) as unique_watch_minutes
from numbered
group by traffic_source
order by unique_views desc, traffic_source
