with plays as (
  select distinct video_id, user_id, started_at, watch_seconds, device, traffic_source
  from views
  where watch_seconds > 0
    and started_at >= timestamp '2024-10-01 00:00:00'
    and started_at < timestamp '2025-04-01 00:00:00'
), scored as (
  select v.category,
         case when p.started_at < timestamp '2025-01-01 00:00:00' then 'q4' else 'q1' end as quarter,
         100.0 * least(p.watch_seconds::numeric / v.duration_seconds, 1) as completion_pct
  from plays p
  join videos v on v.video_id = p.video_id
), per_category as (
  select category,
         count(*) filter (where quarter = 'q4') as plays_q4,
         percentile_cont(0.5) within group (order by completion_pct) filter (where quarter = 'q4') as median_q4,
         count(*) filter (where quarter = 'q1') as plays_q1,
         percentile_cont(0.5) within group (order by completion_pct) filter (where quarter = 'q1') as median_q1
  from scored
  group by category
)
select category,
       plays_q4,
       round(median_q4::numeric, 1) as median_completion_q4,
       plays_q1,
       round(median_q1::numeric, 1) as median_completion_q1,
       round((median_q1 - median_q4)::numeric, 1) as change_pts
from per_category
order by category
