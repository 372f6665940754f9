with pairs as (
  select v.user_id, v.video_id, vd.channel_id,
         min(v.started_at) as first_view,
         max(v.watch_seconds) >= vd.duration_seconds / 2.0 as watched_half
  from views v
  join videos vd on vd.video_id = v.video_id
  where v.user_id is not null
    and not vd.is_short
  group by v.user_id, v.video_id, vd.channel_id, vd.duration_seconds
),
converted as (
  select distinct p.user_id, p.video_id
  from pairs p
  join subscriptions s on s.user_id = p.user_id
                      and s.channel_id = p.channel_id
                      and s.subscribed_at > p.first_view
),
steps as (
  select c.category,
         p.watched_half,
         p.watched_half and r.reaction = 'like' as liked,
         p.watched_half and r.reaction = 'like' and cv.user_id is not null as subscribed
  from pairs p
  join channels c on c.channel_id = p.channel_id
  left join reactions r on r.user_id = p.user_id and r.video_id = p.video_id
  left join converted cv on cv.user_id = p.user_id and cv.video_id = p.video_id
)
select category,
       count(*) as viewer_pairs,
       count(*) filter (where watched_half) as watched_half,
       count(*) filter (where liked) as liked,
       count(*) filter (where subscribed) as subscribed,
       round(100.0 * count(*) filter (where subscribed) / count(*), 1) as pct_subscribed
from steps
group by category
order by category
