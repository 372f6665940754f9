with ranked as (
  select r.rider_id, r.signup_date, t.trip_id, t.requested_at, t.fare,
         row_number() over (partition by r.rider_id order by t.requested_at, t.trip_id) as rn
  from riders r
  join trips t on t.rider_id = r.rider_id
  where r.signup_date >= '2025-01-01' and r.signup_date < '2025-04-01'
    and t.status = 'completed'
)
select rider_id, signup_date, trip_id as first_trip_id, requested_at as first_ride_at, fare,
       requested_at::date - signup_date as days_to_first_ride
from ranked
where rn = 1
order by rider_id
