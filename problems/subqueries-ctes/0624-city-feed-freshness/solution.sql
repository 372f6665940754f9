with latest as (
  select c.city_id, c.name as city_name,
         (select max(t.requested_at) from trips t
          where t.city_id = c.city_id
            and t.requested_at <= timestamp '2025-06-30 22:00:00') as last_request_at,
         (select max(t.dropoff_at) from trips t
          where t.city_id = c.city_id
            and t.status = 'completed'
            and t.dropoff_at <= timestamp '2025-06-30 22:00:00') as last_dropoff_at
  from cities c
)
select city_name,
       last_request_at,
       last_dropoff_at,
       round(extract(epoch from timestamp '2025-06-30 22:00:00' - last_dropoff_at) / 3600, 1) as hours_since_dropoff,
       case
         when last_dropoff_at is null then 'no data'
         when timestamp '2025-06-30 22:00:00' - last_dropoff_at > interval '6 hours' then 'stale'
         else 'fresh'
       end as freshness
from latest
order by city_name
