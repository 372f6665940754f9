with contacts as (
  select user_id, title_id, started_at as contact_at from plays
  union all
  select user_id, title_id, rated_at from ratings
),
first_contact as (
  select user_id, title_id, min(contact_at) as first_contact_at
  from contacts
  group by user_id, title_id
),
flagged as (
  select s.model_version,
         case when fc.first_contact_at < s.served_at then 1 else 0 end as seen,
         case when s.served_at >= t.removed_on then 1 else 0 end as expired
  from rec_impressions i
  join rec_slates s on s.slate_id = i.slate_id
  join titles t on t.title_id = i.title_id
  left join first_contact fc on fc.user_id = s.user_id and fc.title_id = i.title_id
)
select model_version,
       count(*) as impressions,
       sum(seen) as already_seen,
       sum(expired) as expired,
       sum(greatest(seen, expired)) as bad_impressions,
       round(100.0 * sum(greatest(seen, expired)) / count(*), 1) as bad_pct
from flagged
group by model_version
order by model_version
