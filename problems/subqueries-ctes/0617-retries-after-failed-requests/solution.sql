with failed as (
  select t.trip_id, t.city_id, t.status,
         exists (select 1 from trips u
                 where u.rider_id = t.rider_id
                   and u.requested_at > t.requested_at
                   and u.requested_at <= t.requested_at + interval '10 minutes') as retried
  from trips t
  where t.status in ('no_driver', 'cancelled_by_rider', 'cancelled_by_driver')
    and t.requested_at >= '2025-01-01' and t.requested_at < '2025-07-01'
)
select c.name as city_name, f.status,
       count(*) as failed_requests,
       count(*) filter (where f.retried) as retried_requests,
       round(100.0 * count(*) filter (where f.retried) / count(*), 1) as retry_pct
from failed f
join cities c on c.city_id = f.city_id
group by c.name, f.status
order by city_name, f.status
