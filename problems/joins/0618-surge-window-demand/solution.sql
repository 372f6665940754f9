select s.surge_id, c.name as city_name, s.started_at, s.multiplier,
       count(t.trip_id) as requests,
       count(t.trip_id) filter (where t.status = 'no_driver') as unserved_requests,
       coalesce(sum(t.fare) filter (where t.status = 'completed'), 0) as completed_revenue
from surge_windows s
join cities c on c.city_id = s.city_id
left join trips t
  on t.city_id = s.city_id
 and t.requested_at >= s.started_at
 and t.requested_at < s.ended_at
where s.started_at >= '2025-03-01' and s.started_at < '2025-04-01'
group by s.surge_id, c.name, s.started_at, s.multiplier
order by s.started_at, s.surge_id
