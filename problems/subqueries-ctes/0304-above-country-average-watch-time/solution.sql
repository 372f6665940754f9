with user_totals as (
  select w.user_id, u.country, sum(w.watched_seconds) as watch_seconds
  from views w
  join users u on u.user_id = w.user_id
  where w.started_at >= timestamp '2025-05-01 00:00:00'
    and w.started_at < timestamp '2025-06-01 00:00:00'
  group by w.user_id, u.country
),
country_avg as (
  select country, avg(watch_seconds) as avg_seconds
  from user_totals
  group by country
)
select t.user_id, t.country,
       round(t.watch_seconds / 60.0, 1) as watch_minutes,
       round(c.avg_seconds / 60.0, 1) as country_avg_minutes
from user_totals t
join country_avg c on c.country = t.country
where t.watch_seconds > c.avg_seconds
order by t.country, watch_minutes desc, t.user_id
