with online as (
  select distinct s.driver_id, h as hour_start
  from driver_shifts s
  cross join lateral generate_series(date_trunc('hour', s.started_at), s.ended_at, interval '1 hour') h
  where h < s.ended_at
    and h >= timestamp '2025-06-01' and h < timestamp '2025-07-01'
),
supply as (
  select d.city_id, extract(hour from o.hour_start)::int as hour_of_day, count(*) as driver_hours
  from online o
  join drivers d on d.driver_id = o.driver_id
  group by d.city_id, extract(hour from o.hour_start)::int
),
demand as (
  select city_id, extract(hour from requested_at)::int as hour_of_day, count(*) as requests
  from trips
  where requested_at >= timestamp '2025-06-01' and requested_at < timestamp '2025-07-01'
  group by city_id, extract(hour from requested_at)::int
),
rated as (
  select dm.city_id, dm.hour_of_day, dm.requests, coalesce(sp.driver_hours, 0) as driver_hours,
         dm.requests::numeric / nullif(sp.driver_hours, 0) as ratio
  from demand dm
  left join supply sp on sp.city_id = dm.city_id and sp.hour_of_day = dm.hour_of_day
)
select c.name as city, r.hour_of_day, r.requests, r.driver_hours, round(r.ratio, 2) as demand_ratio,
       case when r.ratio is null then 2.00
            when r.ratio >= 2 then 1.50
            else 1.25
       end as proposed_multiplier
from rated r
join cities c on c.city_id = r.city_id
where r.ratio is null or r.ratio >= 1.5
order by city, r.hour_of_day
