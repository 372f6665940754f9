with legs as (
  select t.rider_id, t.trip_id, t.requested_at, t.dropoff_at, t.fare,
         case when t.requested_at - lag(t.dropoff_at) over (partition by t.rider_id order by t.requested_at, t.trip_id)
                   <= interval '30 minutes'
              then 0 else 1 end as starts_journey
  from trips t
  where t.status = 'completed'
), numbered as (
  select l.*, sum(starts_journey) over (partition by rider_id order by requested_at, trip_id
                                        rows between unbounded preceding and current row) as journey_no
  from legs l
), journeys as (
  select rider_id, journey_no, count(*) as legs, sum(fare) as fare
  from numbered
  group by rider_id, journey_no
), per_rider as (
  select rider_id, count(*) as multi_leg_journeys, max(legs) as longest_journey_legs, sum(fare) as multi_leg_fare
  from journeys
  where legs >= 2
  group by rider_id
), ranked as (
  select r.city_id, p.*,
         rank() over (partition by r.city_id order by p.multi_leg_journeys desc, p.longest_journey_legs desc) as city_rank
  from per_rider p
  join riders r on r.rider_id = p.rider_id
)
select c.name as city_name, k.rider_id, k.multi_leg_journeys, k.longest_journey_legs, k.multi_leg_fare, k.city_rank
from ranked k
join cities c on c.city_id = k.city_id
where k.city_rank <= 3
order by city_name, city_rank, rider_id
