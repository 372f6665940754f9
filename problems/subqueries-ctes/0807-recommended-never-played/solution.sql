with q2_recs as (
  select i.title_id
  from rec_impressions i
  join rec_slates s on s.slate_id = i.slate_id
  where s.served_at >= '2024-04-01' and s.served_at < '2024-07-01'
),
unplayed as (
  select title_id from q2_recs
  except
  select title_id from plays where started_at >= '2024-04-01' and started_at < '2024-07-01'
)
select t.title_id, t.name, count(*) as impressions
from unplayed u
join titles t on t.title_id = u.title_id
join q2_recs r on r.title_id = u.title_id
group by t.title_id, t.name
order by impressions desc, t.title_id
