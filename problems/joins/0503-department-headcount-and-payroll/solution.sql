select d.department_id,
       d.department_name,
       count(e.employee_id) as headcount,
       coalesce(sum(e.salary), 0.00) as payroll
from departments d
left join employees e
  on e.department_id = d.department_id
 and e.termination_date is null
group by d.department_id, d.department_name
order by d.department_id
