with day_trips as (
  select t.driver_id, t.trip_id, t.requested_at, t.accepted_at,
         lag(t.dropoff_at) over (partition by t.driver_id order by t.requested_at, t.trip_id) as previous_dropoff_at
  from trips t
  where t.status = 'completed'
    and t.city_id = 2
    and t.requested_at >= '2025-03-29' and t.requested_at < '2025-03-30'
)
select driver_id, trip_id, requested_at, accepted_at, previous_dropoff_at,
       round(extract(epoch from accepted_at - previous_dropoff_at) / 60, 1) as idle_minutes
from day_trips
order by driver_id, requested_at, trip_id
