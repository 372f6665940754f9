with ranked as (
  select e.department_id,
         e.employee_id,
         e.first_name || ' ' || e.last_name as employee_name,
         e.salary,
         dense_rank() over (partition by e.department_id order by e.salary desc) as salary_rank
  from employees e
  where e.termination_date is null
    and e.department_id is not null
)
select r.department_id, d.department_name, r.employee_id, r.employee_name, r.salary, r.salary_rank
from ranked r
join departments d on d.department_id = r.department_id
where r.salary_rank <= 3
order by r.department_id, r.salary_rank, r.employee_id
