select max(salary) as second_salary
from employees
where termination_date is null
  and salary < (
    select max(salary)
    from employees
    where termination_date is null
  )
