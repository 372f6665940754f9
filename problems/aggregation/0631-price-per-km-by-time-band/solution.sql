with priced as (
  select extract(hour from requested_at)::int as h,
         fare / surge_multiplier / distance_km as base_per_km
  from trips
  where status = 'completed'
    and requested_at >= timestamp '2025-01-01' and requested_at < timestamp '2025-07-01'
),
banded as (
  select case when h < 6 then 0 when h < 10 then 6 when h < 17 then 10 when h < 20 then 17 else 20 end as from_hour,
         base_per_km
  from priced
)
select from_hour,
       case from_hour when 0 then 'night' when 6 then 'morning_rush' when 10 then 'daytime'
                      when 17 then 'evening_rush' else 'evening' end as band,
       count(*) as trips,
       round(percentile_cont(0.5) within group (order by base_per_km)::numeric, 2) as p50_per_km,
       round(percentile_cont(0.9) within group (order by base_per_km)::numeric, 2) as p90_per_km
from banded
group by from_hour
order by from_hour
