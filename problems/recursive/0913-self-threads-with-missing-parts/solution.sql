with recursive parts as (
  select t.tweet_id as head_id, t.account_id, t.tweet_id, t.deleted_at,
         m[1]::int as part_no, m[2]::int as announced
  from tweets t
  cross join lateral regexp_match(t.text, '\(([0-9]+)/([0-9]+)\)') as m
  where t.reply_to_tweet_id is null
    and t.retweet_of_tweet_id is null
    and m[1]::int = 1
  union all
  select p.head_id, c.account_id, c.tweet_id, c.deleted_at,
         cm[1]::int, cm[2]::int
  from parts p
  join tweets c on c.reply_to_tweet_id = p.tweet_id and c.account_id = p.account_id
  cross join lateral regexp_match(c.text, '\(([0-9]+)/([0-9]+)\)') as cm
  where cm[2]::int = p.announced
), heads as (
  select head_id, account_id, announced from parts where tweet_id = head_id
)
select h.head_id, a.handle, h.announced,
       array_agg(n.part_no order by n.part_no) as missing_parts
from heads h
join accounts a on a.account_id = h.account_id
cross join lateral generate_series(1, h.announced) as n(part_no)
where not exists (select 1 from parts v
                  where v.head_id = h.head_id and v.part_no = n.part_no and v.deleted_at is null)
group by h.head_id, a.handle, h.announced
order by h.head_id
