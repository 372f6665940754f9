with forecasts as (
  select t.tweet_id,
         substring(t.text from '^(.+), high -?[0-9]+°C, low -?[0-9]+°C\.') as condition,
         substring(t.text from ', high (-?[0-9]+)°C, low ')::int as high_c,
         substring(t.text from ', low (-?[0-9]+)°C\.')::int as low_c
  from tweets t
  join accounts a on a.account_id = t.account_id
  where a.handle = 'CalderWxBot'
    and t.retweet_of_tweet_id is null
    and t.deleted_at is null
    and t.text ~ '^.+, high -?[0-9]+°C, low -?[0-9]+°C\.'
)
select condition,
       count(*) as forecasts,
       round(avg(high_c), 1) as avg_high,
       round(avg(low_c), 1) as avg_low,
       min(low_c) as coldest_low,
       max(high_c - low_c) as widest_range
from forecasts
group by condition
order by avg_low, condition
