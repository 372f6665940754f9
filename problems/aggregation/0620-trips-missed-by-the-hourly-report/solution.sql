with june as (
  select t.city_id,
         t.dropoff_at - (date_trunc('hour', t.requested_at) + interval '1 hour 30 minutes') as delay
  from trips t
  where t.status = 'completed'
    and t.requested_at >= timestamp '2025-06-01 00:00:00'
    and t.requested_at < timestamp '2025-07-01 00:00:00'
)
select c.name as city_name,
       count(*) as completed_trips,
       count(*) filter (where j.delay > interval '0') as missed_trips,
       round(100.0 * count(*) filter (where j.delay > interval '0') / count(*), 1) as missed_pct,
       round(max(extract(epoch from j.delay)) filter (where j.delay > interval '0') / 60, 1) as worst_delay_minutes
from june j
join cities c on c.city_id = j.city_id
group by c.name
order by missed_pct desc, city_name
