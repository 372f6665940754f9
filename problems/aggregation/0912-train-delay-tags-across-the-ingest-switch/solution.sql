with tagged as (
  select t.tweet_id, t.account_id, t.created_at
  from tweets t
  where t.retweet_of_tweet_id is null
    and t.deleted_at is null
    and case when t.entities is not null
             then exists (select 1 from jsonb_array_elements_text(t.entities -> 'hashtags') as h(tag)
                          where lower(h.tag) = 'traindelays')
             else regexp_replace(t.text, 'https?://[^\s)]+', ' ', 'g') ~* '(^|[^\w])#traindelays($|[^\w])'
        end
)
select date_trunc('week', created_at)::date as week_start,
       count(*) as tweets,
       count(distinct account_id) as authors
from tagged
group by date_trunc('week', created_at)
order by week_start
