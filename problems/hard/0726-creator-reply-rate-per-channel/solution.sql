with recursive roots as (
  select c.comment_id as root_id, c.created_at, v.channel_id, ch.owner_user_id
  from comments c
  join videos v on v.video_id = c.video_id
  join channels ch on ch.channel_id = v.channel_id
  where c.parent_comment_id is null
    and c.user_id <> ch.owner_user_id
), threads as (
  select r.root_id, r.root_id as comment_id, r.owner_user_id
  from roots r
  union all
  select t.root_id, c.comment_id, t.owner_user_id
  from comments c
  join threads t on c.parent_comment_id = t.comment_id
), answers as (
  select t.root_id, min(c.created_at) as first_answer_at
  from threads t
  join comments c on c.comment_id = t.comment_id
  where c.user_id = t.owner_user_id
  group by t.root_id
)
select r.channel_id,
       count(*) as threads,
       count(a.root_id) as answered,
       round(100.0 * count(a.root_id) / count(*), 1) as answered_pct,
       round((percentile_cont(0.5) within group (order by extract(epoch from a.first_answer_at - r.created_at) / 3600))::numeric, 1) as median_hours_to_answer
from roots r
left join answers a on a.root_id = r.root_id
group by r.channel_id
order by r.channel_id
