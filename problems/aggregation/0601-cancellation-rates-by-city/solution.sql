select
  c.name as city_name,
  count(*) as requests,
  round(100.0 * sum(case when t.status = 'cancelled_by_rider' then 1 else 0 end) / count(*), 1) as rider_cancel_pct,
  round(100.0 * sum(case when t.status = 'cancelled_by_driver' then 1 else 0 end) / count(*), 1) as driver_cancel_pct,
  round(100.0 * sum(case when t.status = 'no_driver' then 1 else 0 end) / count(*), 1) as no_driver_pct
from trips t
join cities c on c.city_id = t.city_id
where t.requested_at >= '2025-01-01' and t.requested_at < '2025-04-01'
group by c.name
order by c.name
