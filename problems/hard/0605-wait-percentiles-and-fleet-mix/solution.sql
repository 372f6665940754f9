with period as (
  select t.city_id, t.status, d.vehicle_type,
         extract(epoch from t.accepted_at - t.requested_at) as wait_s
  from trips t
  left join drivers d on d.driver_id = t.driver_id
  where t.requested_at >= '2025-04-01' and t.requested_at < '2025-07-01'
)
select
  c.name as city_name,
  count(p.wait_s) as accepted_requests,
  round((percentile_cont(0.5) within group (order by p.wait_s))::numeric, 1) as median_wait_s,
  round((percentile_cont(0.9) within group (order by p.wait_s))::numeric, 1) as p90_wait_s,
  count(*) filter (where p.status = 'completed' and p.vehicle_type = 'economy') as economy_completed,
  count(*) filter (where p.status = 'completed' and p.vehicle_type = 'comfort') as comfort_completed,
  count(*) filter (where p.status = 'completed' and p.vehicle_type = 'electric') as electric_completed,
  count(*) filter (where p.status = 'completed' and p.vehicle_type = 'xl') as xl_completed
from cities c
left join period p on p.city_id = c.city_id
group by c.city_id, c.name
order by c.name
