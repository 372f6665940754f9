with flagged as (
  select v.channel_id,
         exists (
           select 1
           from views w
           where w.video_id = r.video_id
             and w.user_id = r.user_id
             and w.started_at <= r.reacted_at
         ) as backed
  from reactions r
  join videos v on v.video_id = r.video_id
)
select channel_id,
       count(*) as reactions,
       count(*) filter (where backed) as backed_reactions,
       round(100.0 * count(*) filter (where not backed) / count(*), 1) as unbacked_pct
from flagged
group by channel_id
order by unbacked_pct desc, channel_id
