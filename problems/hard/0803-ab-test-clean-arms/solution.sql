with test_slates as (
  select slate_id, user_id, model_version
  from rec_slates
  where served_at >= timestamp '2024-03-15 00:00:00'
    and served_at < timestamp '2024-05-01 00:00:00'
),
clean_slates as (
  select t.*
  from test_slates t
  where not exists (
    select 1 from test_slates o
    where o.user_id = t.user_id and o.model_version <> t.model_version
  )
),
slate_impressions as (
  select slate_id, count(*) as impressions
  from rec_impressions
  group by slate_id
),
slate_clicks as (
  select slate_id, count(distinct position) as clicked
  from rec_clicks
  group by slate_id
),
slate_plays as (
  select k.slate_id, count(*) as plays
  from rec_clicks k
  join plays p on p.click_id = k.click_id
  group by k.slate_id
)
select c.model_version,
       count(distinct c.user_id) as members,
       count(*) as slates,
       sum(i.impressions) as impressions,
       coalesce(sum(k.clicked), 0) as clicked_impressions,
       round(100.0 * coalesce(sum(k.clicked), 0) / sum(i.impressions), 2) as ctr_pct,
       coalesce(sum(p.plays), 0) as plays
from clean_slates c
left join slate_impressions i on i.slate_id = c.slate_id
left join slate_clicks k on k.slate_id = c.slate_id
left join slate_plays p on p.slate_id = c.slate_id
group by c.model_version
order by c.model_version
