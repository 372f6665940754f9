with clicked as (
  select distinct slate_id, position
  from rec_clicks
)
select s.surface,
       i.position,
       count(*) as impressions,
       count(c.slate_id) as clicks,
       round(100.0 * count(c.slate_id) / count(*), 1) as ctr_pct
from rec_impressions i
join rec_slates s on s.slate_id = i.slate_id
left join clicked c on c.slate_id = i.slate_id and c.position = i.position
group by s.surface, i.position
order by s.surface, i.position
