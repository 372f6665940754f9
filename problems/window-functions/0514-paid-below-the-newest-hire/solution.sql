with staff as (
  select department_id, job_id, employee_id, hire_date, salary
  from employees
  where termination_date is null
    and employment_type = 'full_time'
    and department_id is not null
), compared as (
  select s.*,
         last_value(employee_id) over grp as newest_hire_id,
         last_value(hire_date) over grp as newest_hire_date,
         last_value(salary) over grp as newest_hire_salary
  from staff s
  window grp as (partition by department_id, job_id
                 order by hire_date, salary, employee_id
                 rows between unbounded preceding and unbounded following)
)
select department_id, job_id, employee_id, hire_date, salary,
       newest_hire_id, newest_hire_salary,
       newest_hire_salary - salary as shortfall
from compared
where hire_date < newest_hire_date
  and salary < newest_hire_salary
order by department_id, job_id, employee_id
