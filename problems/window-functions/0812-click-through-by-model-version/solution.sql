with versions as (
  select s.slate_id, s.model_version,
         split_part(s.model_version, '-', 1) as family,
         split_part(split_part(s.model_version, '-', 2), '.', 1)::int as major,
         split_part(split_part(s.model_version, '-', 2), '.', 2)::int as minor
  from rec_slates s
), clicked as (
  select distinct slate_id, position from rec_clicks
), per_version as (
  select v.model_version, v.family, v.major, v.minor,
         count(*) as impressions,
         count(c.slate_id) as clicks,
         round(100.0 * count(c.slate_id) / count(*), 2) as ctr_pct
  from versions v
  join rec_impressions i on i.slate_id = v.slate_id
  left join clicked c on c.slate_id = i.slate_id and c.position = i.position
  group by v.model_version, v.family, v.major, v.minor
)
select model_version, family, major, minor, impressions, clicks, ctr_pct,
       ctr_pct - lag(ctr_pct) over (partition by family order by major, minor) as ctr_change
from per_version
order by family, major, minor
