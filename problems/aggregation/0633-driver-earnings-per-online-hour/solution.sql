with online as (
  select s.driver_id,
         sum(extract(epoch from s.ended_at - s.started_at)) / 3600 as online_hours
  from driver_shifts s
  join drivers d on d.driver_id = s.driver_id
  where d.city_id = 1
    and s.started_at >= timestamp '2025-05-01' and s.started_at < timestamp '2025-06-01'
  group by s.driver_id
),
earned as (
  select driver_id, count(*) as trips, sum(fare) as earnings
  from trips
  where status = 'completed'
    and requested_at >= timestamp '2025-05-01' and requested_at < timestamp '2025-06-01'
  group by driver_id
)
select o.driver_id,
       round(o.online_hours, 2) as online_hours,
       coalesce(e.trips, 0) as trips,
       coalesce(e.earnings, 0) as earnings,
       round(coalesce(e.earnings, 0) / o.online_hours, 2) as earnings_per_hour
from online o
left join earned e on e.driver_id = o.driver_id
order by earnings_per_hour desc, o.driver_id
