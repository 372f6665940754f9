with priced as (
  select t.trip_id, t.city_id, d.vehicle_type,
         t.fare / t.surge_multiplier / t.distance_km as per_km
  from trips t
  join drivers d on d.driver_id = t.driver_id
  where t.status = 'completed'
    and t.distance_km >= 2
    and t.requested_at >= timestamp '2025-04-01' and t.requested_at < timestamp '2025-07-01'
),
medians as (
  select city_id, vehicle_type, count(*) as n,
         percentile_cont(0.5) within group (order by per_km) as median_per_km
  from priced
  group by city_id, vehicle_type
)
select p.trip_id, c.name as city, p.vehicle_type,
       round(p.per_km, 2) as per_km,
       round(m.median_per_km::numeric, 2) as median_per_km,
       round(p.per_km / m.median_per_km::numeric, 2) as ratio
from priced p
join medians m on m.city_id = p.city_id and m.vehicle_type = p.vehicle_type
join cities c on c.city_id = p.city_id
where m.n >= 5
  and (p.per_km > 1.4 * m.median_per_km::numeric or p.per_km < 0.7 * m.median_per_km::numeric)
order by ratio desc, p.trip_id
