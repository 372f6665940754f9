with changes as (
  select employee_id, start_date as change_day, allocation_pct as delta
  from project_assignments
  union all
  select employee_id, coalesce(end_date, date '2025-06-30') + 1, -allocation_pct
  from project_assignments
), levels as (
  select employee_id, change_day,
         sum(sum(delta)) over (partition by employee_id order by change_day) as level,
         lead(change_day) over (partition by employee_id order by change_day) as next_change
  from changes
  group by employee_id, change_day
), flagged as (
  select employee_id, change_day, next_change, level,
         case when lag(level) over (partition by employee_id order by change_day) > 100
              then 0 else 1 end as starts_episode
  from levels
), numbered as (
  select employee_id, change_day, next_change, level,
         sum(starts_episode) over (partition by employee_id order by change_day) as episode_no
  from flagged
  where level > 100
)
select employee_id,
       min(change_day) as episode_start,
       max(next_change) - 1 as episode_end,
       max(next_change) - min(change_day) as days,
       max(level) as peak_pct
from numbered
group by employee_id, episode_no
order by employee_id, episode_start
