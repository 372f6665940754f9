with changes as (
  select employee_id,
         effective_date,
         change_reason,
         lag(salary) over (partition by employee_id order by effective_date) as previous_salary,
         salary as new_salary
  from salary_history
)
select employee_id,
       effective_date,
       change_reason,
       previous_salary,
       new_salary,
       round((new_salary - previous_salary) * 100 / previous_salary, 2) as raise_pct
from changes
where previous_salary is not null
order by employee_id, effective_date
