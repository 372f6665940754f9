select e.employee_id,
       e.first_name || ' ' || e.last_name as employee_name,
       e.hire_date,
       e.manager_id,
       m.first_name || ' ' || m.last_name as manager_name
from employees e
join employees m on m.employee_id = e.manager_id
where e.termination_date is null
  and e.employment_type in ('full_time', 'part_time')
  and e.hire_date <= date '2024-09-30'
  and not exists (
    select 1 from employees r
    where r.manager_id = e.employee_id
      and r.termination_date is null
  )
  and not exists (
    select 1 from performance_reviews pr
    where pr.employee_id = e.employee_id
  )
order by e.hire_date, e.employee_id
