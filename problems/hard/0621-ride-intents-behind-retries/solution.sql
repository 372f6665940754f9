with ordered as (
  select trip_id, rider_id, city_id, requested_at, status,
         lag(requested_at) over (partition by rider_id order by requested_at, trip_id) as prev_requested_at
  from trips
),
numbered as (
  select *,
         sum(case when prev_requested_at is null
                    or requested_at > prev_requested_at + interval '10 minutes' then 1 else 0 end)
           over (partition by rider_id order by requested_at, trip_id
                 rows between unbounded preceding and current row) as intent_no
  from ordered
),
intents as (
  select rider_id, intent_no,
         min(requested_at) as first_requested_at,
         (array_agg(city_id order by requested_at, trip_id))[1] as city_id,
         (array_agg(status order by requested_at desc, trip_id desc))[1] as outcome,
         count(*) as requests,
         count(*) filter (where status = 'completed') as completed_requests
  from numbered
  group by rider_id, intent_no
)
select c.name as city_name,
       sum(i.requests) as requests,
       count(*) as intents,
       count(*) filter (where i.requests > 1) as retried_intents,
       round(100.0 * sum(i.completed_requests) / sum(i.requests), 1) as request_success_pct,
       round(100.0 * count(*) filter (where i.outcome = 'completed') / count(*), 1) as intent_success_pct
from intents i
join cities c on c.city_id = i.city_id
where i.first_requested_at >= timestamp '2025-04-01 00:00:00'
  and i.first_requested_at < timestamp '2025-07-01 00:00:00'
group by c.name
order by c.name
