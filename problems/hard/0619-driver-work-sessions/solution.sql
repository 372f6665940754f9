with ordered as (
  select t.driver_id, t.trip_id, t.requested_at, t.dropoff_at, t.fare,
         lag(t.dropoff_at) over (partition by t.driver_id order by t.requested_at, t.trip_id) as prev_dropoff
  from trips t
  where t.status = 'completed'
),
numbered as (
  select o.*,
         sum(case when o.prev_dropoff is null or o.requested_at > o.prev_dropoff + interval '60 minutes' then 1 else 0 end)
           over (partition by o.driver_id order by o.requested_at, o.trip_id
                 rows between unbounded preceding and current row) as session_no
  from ordered o
),
sessions as (
  select driver_id, session_no,
         min(requested_at) as session_start,
         max(dropoff_at) as session_end,
         count(*) as trips,
         sum(fare) as earnings
  from numbered
  group by driver_id, session_no
)
select d.driver_id, d.full_name as driver_name, c.name as city_name,
       count(*) as sessions,
       sum(s.trips) as trips,
       sum(s.earnings) as earnings,
       round(sum(s.earnings) / count(*), 2) as earnings_per_session,
       round(max(extract(epoch from s.session_end - s.session_start)) / 60, 1) as longest_session_minutes
from sessions s
join drivers d on d.driver_id = s.driver_id
join cities c on c.city_id = d.city_id
where s.session_start >= '2025-03-01' and s.session_start < '2025-04-01'
group by d.driver_id, d.full_name, c.name
order by earnings_per_session desc, d.driver_id
