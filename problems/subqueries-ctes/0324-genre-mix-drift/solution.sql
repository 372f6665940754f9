with genres as (
  select distinct genre from videos
),
counts as (
  select vd.genre,
         count(*) filter (where v.started_at >= timestamp '2025-05-01 00:00:00'
                            and v.started_at < timestamp '2025-06-01 00:00:00') as may_views,
         count(*) filter (where v.started_at >= timestamp '2025-06-01 00:00:00'
                            and v.started_at < timestamp '2025-07-01 00:00:00') as june_views
  from views v
  join videos vd on vd.video_id = v.video_id
  group by vd.genre
),
shares as (
  select g.genre,
         coalesce(c.may_views, 0) as may_views,
         coalesce(c.june_views, 0) as june_views,
         100.0 * coalesce(c.may_views, 0) / sum(coalesce(c.may_views, 0)) over () as may_share,
         100.0 * coalesce(c.june_views, 0) / sum(coalesce(c.june_views, 0)) over () as june_share
  from genres g
  left join counts c on c.genre = g.genre
)
select genre, may_views, june_views,
       round(may_share, 1) as may_share_pct,
       round(june_share, 1) as june_share_pct,
       round(june_share - may_share, 1) as shift_pp,
       abs(june_share - may_share) >= 3 as drifted
from shares
order by genre
