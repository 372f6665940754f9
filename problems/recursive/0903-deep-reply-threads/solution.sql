with recursive thread as (
  select r.tweet_id as root_id, t.tweet_id, t.account_id, 1 as depth
  from tweets r
  join tweets t on t.reply_to_tweet_id = r.tweet_id
  where r.reply_to_tweet_id is null
  union all
  select th.root_id, t.tweet_id, t.account_id, th.depth + 1
  from thread th
  join tweets t on t.reply_to_tweet_id = th.tweet_id
),
summary as (
  select th.root_id,
         count(*) as replies,
         max(th.depth) as max_depth,
         count(distinct th.account_id) filter (where th.account_id <> r.account_id) as other_participants
  from thread th
  join tweets r on r.tweet_id = th.root_id
  group by th.root_id
)
select s.root_id as root_tweet_id, a.handle as root_handle, s.replies, s.max_depth, s.other_participants
from summary s
join tweets r on r.tweet_id = s.root_id
join accounts a on a.account_id = r.account_id
where s.max_depth >= 3
order by s.replies desc, s.root_id
