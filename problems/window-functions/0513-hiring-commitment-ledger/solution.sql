select e.hire_date,
       e.employee_id,
       s.salary as starting_salary,
       sum(s.salary) over (order by e.hire_date, e.employee_id
                           rows between unbounded preceding and current row) as running_commitment,
       sum(s.salary) over (order by e.hire_date
                           range between unbounded preceding and current row) as committed_through_date
from employees e
join salary_history s
  on s.employee_id = e.employee_id
 and s.change_reason = 'hire'
where e.hire_date between date '2024-01-01' and date '2024-12-31'
order by e.hire_date, e.employee_id
