select
  case
    when distance_km < 5 then 'short'
    when distance_km < 10 then 'medium'
    when distance_km < 20 then 'long'
    else 'out of town'
  end as distance_band,
  count(*) as trips,
  min(distance_km) as min_km,
  max(distance_km) as max_km,
  round(avg(fare), 2) as avg_fare
from trips
where status = 'completed'
group by 1
order by min_km
