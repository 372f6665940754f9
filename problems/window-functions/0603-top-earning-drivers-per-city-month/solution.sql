with monthly as (
  select t.city_id,
         date_trunc('month', t.requested_at)::date as month,
         t.driver_id,
         sum(t.fare) as earnings
  from trips t
  where t.status = 'completed'
    and t.requested_at >= '2025-01-01' and t.requested_at < '2025-04-01'
  group by t.city_id, date_trunc('month', t.requested_at)::date, t.driver_id
),
ranked as (
  select m.*, rank() over (partition by m.city_id, m.month order by m.earnings desc) as earnings_rank
  from monthly m
)
select c.name as city_name, r.month, r.earnings_rank, r.driver_id, d.full_name as driver_name, r.earnings
from ranked r
join cities c on c.city_id = r.city_id
join drivers d on d.driver_id = r.driver_id
where r.earnings_rank <= 3
order by city_name, r.month, r.earnings_rank, r.driver_id
