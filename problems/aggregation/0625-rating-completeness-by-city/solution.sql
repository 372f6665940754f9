with rated as (
  select t.city_id, r.stars_by_rider, r.stars_by_driver
  from trips t
  left join trip_ratings r on r.trip_id = t.trip_id
  where t.status = 'completed'
    and t.requested_at >= timestamp '2025-01-01 00:00:00'
    and t.requested_at < timestamp '2025-07-01 00:00:00'
),
per_column as (
  select city_id, 'stars_by_rider' as rating_column, count(*) as completed_trips,
         count(*) - count(stars_by_rider) as missing
  from rated
  group by city_id
  union all
  select city_id, 'stars_by_driver', count(*),
         count(*) - count(stars_by_driver)
  from rated
  group by city_id
)
select c.name as city_name,
       p.rating_column,
       p.completed_trips,
       p.missing,
       round(100.0 * p.missing / p.completed_trips, 1) as missing_pct,
       100.0 * p.missing / p.completed_trips > 25 as breach
from per_column p
join cities c on c.city_id = p.city_id
order by city_name, rating_column
