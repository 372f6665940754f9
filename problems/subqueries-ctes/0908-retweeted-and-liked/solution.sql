with retweeted as (
  select account_id, retweet_of_tweet_id as tweet_id
  from tweets
  where retweet_of_tweet_id is not null
  except
  select account_id, tweet_id
  from tweets
),
liked_too as (
  select account_id, tweet_id from retweeted
  intersect
  select account_id, tweet_id from likes
)
select a.account_id, a.handle,
       count(*) as retweets,
       count(l.tweet_id) as also_liked,
       round(100.0 * count(l.tweet_id) / count(*), 1) as liked_pct
from retweeted r
join tweets o on o.tweet_id = r.tweet_id
join accounts a on a.account_id = o.account_id
left join liked_too l on l.account_id = r.account_id and l.tweet_id = r.tweet_id
group by a.account_id, a.handle
having count(*) >= 5
order by retweets desc, a.account_id
