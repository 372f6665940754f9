select
  t.trip_id,
  t.requested_at,
  c.name as city_name,
  r.full_name as rider_name,
  coalesce(d.full_name, 'unassigned') as driver_name,
  t.status
from trips t
join cities c on c.city_id = t.city_id
join riders r on r.rider_id = t.rider_id
left join drivers d on d.driver_id = t.driver_id
where t.requested_at >= '2025-03-28' and t.requested_at < '2025-03-29'
order by t.requested_at, t.trip_id
