with spans as (
  select employee_id, assignment_id, start_date,
         coalesce(end_date, date 'infinity') as end_day
  from project_assignments
), reach as (
  select s.*,
         max(end_day) over (partition by employee_id order by start_date, assignment_id
                            rows between unbounded preceding and 1 preceding) as covered_until
  from spans s
), flagged as (
  select r.*,
         case when covered_until is null or start_date > covered_until + 1 then 1 else 0 end as starts_stretch
  from reach r
), numbered as (
  select f.*,
         sum(starts_stretch) over (partition by employee_id order by start_date, assignment_id
                                   rows between unbounded preceding and current row) as stretch_no
  from flagged f
), stretches as (
  select employee_id, stretch_no,
         min(start_date) as stretch_start,
         max(end_day) as end_day,
         count(*) as assignments
  from numbered
  group by employee_id, stretch_no
)
select employee_id,
       stretch_start,
       nullif(end_day, date 'infinity') as stretch_end,
       assignments,
       stretch_start - lag(end_day) over (partition by employee_id order by stretch_start) - 1 as bench_days_before
from stretches
order by employee_id, stretch_start
