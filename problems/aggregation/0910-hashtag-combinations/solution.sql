with tagged as (
  select t.tweet_id, array_agg(distinct lower(h.tag) order by lower(h.tag)) as tags
  from tweets t
  cross join lateral jsonb_array_elements_text(t.entities -> 'hashtags') as h(tag)
  where t.retweet_of_tweet_id is null
  group by t.tweet_id
)
select tags, count(*) as tweets, min(tweet_id) as first_tweet_id
from tagged
where cardinality(tags) >= 2
group by tags
having count(*) >= 4
order by tweets desc, first_tweet_id
