with active_days as (
  select distinct driver_id, requested_at::date as day
  from trips
  where status = 'completed'
), flagged as (
  select driver_id, day,
         case when lag(day) over (partition by driver_id order by day) >= day - 2
              then 0 else 1 end as starts_run
  from active_days
), numbered as (
  select driver_id, day,
         sum(starts_run) over (partition by driver_id order by day) as run_no
  from flagged
), runs as (
  select driver_id, min(day) as run_start, max(day) as run_end,
         max(day) - min(day) + 1 as run_days, count(*) as active_days
  from numbered
  group by driver_id, run_no
), best as (
  select r.*,
         row_number() over (partition by driver_id order by run_days desc, run_start) as pick
  from runs r
), ranked as (
  select d.city_id, b.driver_id, b.run_start, b.run_end, b.run_days, b.active_days,
         rank() over (partition by d.city_id order by b.run_days desc) as city_rank
  from best b
  join drivers d on d.driver_id = b.driver_id
  where b.pick = 1
)
select c.name as city_name, r.driver_id, r.run_start, r.run_end, r.run_days, r.active_days, r.city_rank
from ranked r
join cities c on c.city_id = r.city_id
where r.city_rank <= 2
order by city_name, city_rank, driver_id
