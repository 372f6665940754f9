with arrivals as (
  select view_id, started_at,
         date_trunc('hour', started_at) as window_start,
         started_at + watched_seconds * interval '1 second' as arrived_at
  from views
),
watermarked as (
  select window_start,
         max(started_at) over (order by arrived_at, view_id
                               rows between unbounded preceding and 1 preceding) - interval '10 minutes' as watermark
  from arrivals
),
flagged as (
  select window_start,
         watermark >= window_start + interval '1 hour' as is_late,
         watermark - (window_start + interval '1 hour') as lateness
  from watermarked
  where window_start >= timestamp '2025-06-01 00:00:00'
    and window_start < timestamp '2025-07-01 00:00:00'
)
select window_start,
       count(*) filter (where is_late is not true) as on_time_views,
       count(*) filter (where is_late) as late_views,
       round(max(extract(epoch from lateness)) filter (where is_late) / 60, 1) as max_lateness_minutes
from flagged
group by window_start
having count(*) filter (where is_late) > 0
order by window_start
