with local_views as (
  select v.user_id,
         ((v.started_at at time zone 'UTC') at time zone u.timezone)::date as local_date
  from views v
  join users u on u.user_id = v.user_id
),
first_days as (
  select user_id, min(local_date) as first_date
  from local_views
  group by user_id
),
calendar as (
  select d::date as local_date
  from generate_series(date '2025-03-01', date '2025-03-31', interval '1 day') as d
)
select c.local_date,
       count(distinct l.user_id) as active_viewers,
       count(distinct f.user_id) as first_time_viewers
from calendar c
left join local_views l on l.local_date = c.local_date
left join first_days f on f.user_id = l.user_id and f.first_date = c.local_date
group by c.local_date
order by c.local_date
