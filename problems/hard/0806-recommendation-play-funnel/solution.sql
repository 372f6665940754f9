with clicked as (
  select distinct slate_id, position
  from rec_clicks
),
played as (
  select k.slate_id, k.position, count(*) as plays, sum(p.minutes_watched) as minutes
  from rec_clicks k
  join plays p on p.click_id = k.click_id
  group by k.slate_id, k.position
)
select s.model_version,
       s.surface,
       count(*) as impressions,
       count(c.slate_id) as clicked_impressions,
       count(p.slate_id) as played_impressions,
       coalesce(sum(p.minutes), 0) as watch_minutes,
       round(100.0 * count(c.slate_id) / count(*), 1) as click_pct,
       round(100.0 * count(p.slate_id) / nullif(count(c.slate_id), 0), 1) as play_pct
from rec_impressions i
join rec_slates s on s.slate_id = i.slate_id
left join clicked c on c.slate_id = i.slate_id and c.position = i.position
left join played p on p.slate_id = i.slate_id and p.position = i.position
group by s.model_version, s.surface
order by s.model_version, s.surface
