with subs as (
  select subscription_id, user_id, channel_id, subscribed_at
  from subscriptions
  where subscribed_at >= timestamp '2024-10-01 00:00:00'
    and subscribed_at < timestamp '2025-04-01 00:00:00'
), channel_views as (
  select v.view_id, v.user_id, vd.channel_id, v.started_at, v.traffic_source
  from views v
  join videos vd on vd.video_id = v.video_id
), touches as (
  select s.subscription_id, cv.started_at, cv.traffic_source,
         row_number() over (partition by s.subscription_id order by cv.started_at desc, cv.view_id) as rn
  from subs s
  join channel_views cv on cv.user_id = s.user_id and cv.channel_id = s.channel_id
  where cv.started_at >= s.subscribed_at - interval '24 hours'
    and cv.started_at <= s.subscribed_at
), credited as (
  select s.subscription_id,
         coalesce(t.traffic_source, 'unattributed') as traffic_source,
         extract(epoch from s.subscribed_at - t.started_at) / 60 as minutes
  from subs s
  left join touches t on t.subscription_id = s.subscription_id and t.rn = 1
)
select traffic_source,
       count(*) as subscriptions,
       round(100.0 * count(*) / sum(count(*)) over (), 1) as share_pct,
       round((percentile_cont(0.5) within group (order by minutes))::numeric, 1) as median_minutes
from credited
group by traffic_source
order by subscriptions desc, traffic_source
