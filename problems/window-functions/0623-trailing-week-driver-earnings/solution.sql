with daily as (
  select t.driver_id, t.requested_at::date as day, sum(t.fare) as day_earnings
  from trips t
  join drivers d on d.driver_id = t.driver_id
  where t.status = 'completed'
    and d.city_id = 2
  group by t.driver_id, t.requested_at::date
),
rolled as (
  select driver_id, day, day_earnings,
         sum(day_earnings) over w as trailing_7d_earnings,
         count(*) over w as active_days_7d
  from daily
  window w as (partition by driver_id order by day
               range between interval '6 days' preceding and current row)
)
select driver_id, day, day_earnings, trailing_7d_earnings, active_days_7d
from rolled
where day >= date '2025-06-01' and day < date '2025-07-01'
order by driver_id, day
