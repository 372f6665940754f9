with positioned as (
  select department_id, employee_id, salary,
         cume_dist() over (partition by department_id order by salary) as pos
  from employees
  where termination_date is null
    and department_id is not null
)
select department_id,
       employee_id,
       salary,
       round(pos::numeric, 3) as pay_position,
       case
         when pos <= 0.25 then 1
         when pos <= 0.5 then 2
         when pos <= 0.75 then 3
         else 4
       end as pay_quartile
from positioned
order by department_id, salary desc, employee_id
