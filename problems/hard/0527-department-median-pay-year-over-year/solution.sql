with snapshots (snap_year, snap_date) as (
  values (2024, date '2024-06-30'), (2025, date '2025-06-30')
), staff as (
  select s.snap_year, e.employee_id, e.department_id, h.salary,
         row_number() over (partition by s.snap_year, e.employee_id order by h.effective_date desc) as rn
  from snapshots s
  join employees e
    on e.hire_date <= s.snap_date
   and (e.termination_date is null or e.termination_date > s.snap_date)
  join salary_history h
    on h.employee_id = e.employee_id
   and h.effective_date <= s.snap_date
  where e.employment_type = 'full_time'
), per_department as (
  select department_id,
         count(*) filter (where snap_year = 2024) as headcount_2024,
         percentile_cont(0.5) within group (order by salary) filter (where snap_year = 2024) as median_2024,
         count(*) filter (where snap_year = 2025) as headcount_2025,
         percentile_cont(0.5) within group (order by salary) filter (where snap_year = 2025) as median_2025
  from staff
  where rn = 1
  group by department_id
)
select d.department_id, d.department_name,
       p.headcount_2024, p.median_2024,
       p.headcount_2025, p.median_2025,
       round((100 * (p.median_2025 / p.median_2024 - 1))::numeric, 1) as change_pct
from per_department p
join departments d on d.department_id = p.department_id
order by d.department_id
