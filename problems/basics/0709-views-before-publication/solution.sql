select v.video_id,
       v.channel_id,
       v.published_at,
       count(*) as early_views,
       count(*) filter (where w.user_id = c.owner_user_id) as owner_views,
       min(w.started_at) as first_view_at
from views w
join videos v on v.video_id = w.video_id
join channels c on c.channel_id = v.channel_id
where v.published_at is null
   or w.started_at < v.published_at
group by v.video_id, v.channel_id, v.published_at
order by v.video_id
