with seq as (
  select t.account_id, t.tweet_id, t.created_at,
         lag(t.tweet_id) over w as prev_tweet_id,
         lag(t.created_at) over w as prev_created_at
  from tweets t
  window w as (partition by t.account_id, t.text order by t.created_at, t.tweet_id)
)
select account_id, prev_tweet_id as first_tweet_id, tweet_id as duplicate_tweet_id,
       extract(epoch from created_at - prev_created_at)::integer as gap_seconds
from seq
where created_at - prev_created_at <= interval '60 seconds'
order by first_tweet_id
