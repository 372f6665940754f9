with per_video as (
  select v.video_id, v.title, v.category, ch.name as channel_name, count(*) as views
  from views w
  join videos v on v.video_id = w.video_id
  join channels ch on ch.channel_id = v.channel_id
  group by v.video_id, v.title, v.category, ch.name
),
ranked as (
  select *,
         rank() over (partition by category order by views desc) as rnk,
         sum(views) over (partition by category) as category_views
  from per_video
)
select category, rnk as rank, video_id, title, channel_name, views,
       round(100.0 * views / category_views, 1) as share_pct
from ranked
where rnk <= 3
order by category, rank, video_id
