select e.employee_id,
       e.first_name || ' ' || e.last_name as employee_name,
       e.salary as employee_salary,
       m.employee_id as manager_id,
       m.first_name || ' ' || m.last_name as manager_name,
       m.salary as manager_salary
from employees e
join employees m on m.employee_id = e.manager_id
where e.termination_date is null
  and e.salary > m.salary
order by e.employee_id
