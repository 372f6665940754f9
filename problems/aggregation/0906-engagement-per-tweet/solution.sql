with originals as (
  select t.tweet_id, t.account_id
  from tweets t
  where t.reply_to_tweet_id is null
    and t.retweet_of_tweet_id is null
    and t.deleted_at is null
),
like_counts as (
  select l.tweet_id, count(*) as n
  from likes l
  join originals o on o.tweet_id = l.tweet_id
  where l.account_id <> o.account_id
  group by l.tweet_id
),
retweet_counts as (
  select rt.retweet_of_tweet_id as tweet_id, count(*) as n
  from tweets rt
  join originals o on o.tweet_id = rt.retweet_of_tweet_id
  where rt.account_id <> o.account_id
  group by rt.retweet_of_tweet_id
)
select a.account_id, a.handle,
       count(*) as original_tweets,
       round(sum(coalesce(lc.n, 0) + coalesce(rc.n, 0))::numeric / count(*), 2) as engagement_per_tweet
from originals o
join accounts a on a.account_id = o.account_id
left join like_counts lc on lc.tweet_id = o.tweet_id
left join retweet_counts rc on rc.tweet_id = o.tweet_id
group by a.account_id, a.handle
having count(*) >= 3
order by engagement_per_tweet desc, a.account_id
