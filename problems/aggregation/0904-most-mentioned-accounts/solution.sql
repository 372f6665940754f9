with mentions as (
  select distinct t.tweet_id, t.account_id as author_id, lower(m.handle) as handle_lc
  from tweets t
  cross join lateral jsonb_array_elements_text(t.entities -> 'mentions') as m(handle)
  where t.created_at >= '2025-04-01'
    and t.created_at < '2025-05-01'
    and t.retweet_of_tweet_id is null
)
select a.account_id, a.handle, count(*) as mentioned_in
from mentions m
join accounts a on lower(a.handle) = m.handle_lc
where a.account_id <> m.author_id
group by a.account_id, a.handle
having count(*) >= 5
order by mentioned_in desc, a.account_id
