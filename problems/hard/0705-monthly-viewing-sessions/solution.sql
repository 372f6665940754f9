with unique_views as (
  select distinct user_id, video_id, started_at, watch_seconds, device, traffic_source
  from views
  where user_id is not null
),
timed as (
  select user_id, started_at,
         started_at + watch_seconds * interval '1 second' as ended_at
  from unique_views
),
with_prev as (
  select *,
         max(ended_at) over (partition by user_id order by started_at, ended_at
                             rows between unbounded preceding and 1 preceding) as prev_end
  from timed
),
flagged as (
  select *,
         case when prev_end is null or started_at > prev_end + interval '30 minutes' then 1 else 0 end as is_new
  from with_prev
),
numbered as (
  select *,
         sum(is_new) over (partition by user_id order by started_at, ended_at
                           rows between unbounded preceding and current row) as session_no
  from flagged
),
sessions as (
  select user_id, session_no,
         min(started_at) as session_start,
         count(*) as views,
         extract(epoch from max(ended_at) - min(started_at)) as length_seconds
  from numbered
  group by user_id, session_no
)
select date_trunc('month', session_start)::date as month,
       count(*) as sessions,
       round(avg(views), 2) as avg_views_per_session,
       round(avg(length_seconds) / 60.0, 1) as avg_session_minutes
from sessions
group by date_trunc('month', session_start)::date
order by month
