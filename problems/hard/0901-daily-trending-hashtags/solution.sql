with tags as (
  select t.account_id,
         t.created_at::date as day,
         lower(m[1]) as tag
  from tweets t
  cross join lateral regexp_matches(
    regexp_replace(t.text, 'https?://[^\s)]+', ' ', 'g'),
    '(?:^|[^\w])#(\w*[[:alpha:]]\w*)', 'g') as m
  where t.retweet_of_tweet_id is null
    and t.deleted_at is null
),
per_tag as (
  select day, tag, count(distinct account_id) as authors
  from tags
  group by day, tag
),
with_best as (
  select day, tag, authors, max(authors) over (partition by day) as best
  from per_tag
)
select day, tag, authors
from with_best
where authors = best
  and authors >= 3
order by day, tag
