with slates as (
  select s.slate_id, s.user_id, s.served_at, s.model_version,
         array_agg(i.title_id order by i.position) as titles,
         lag(array_agg(i.title_id order by i.position)) over (partition by s.user_id order by s.served_at) as prev_titles
  from rec_slates s
  join rec_impressions i on i.slate_id = s.slate_id
  group by s.slate_id
)
select model_version,
       count(*) as slates,
       round(avg(cardinality(array(select unnest(titles) intersect select unnest(prev_titles)))), 2) as avg_repeated,
       count(*) filter (where not titles && prev_titles) as fresh_slates
from slates
where prev_titles is not null
group by model_version
order by model_version
