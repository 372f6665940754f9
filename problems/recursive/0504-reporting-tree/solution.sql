with recursive tree as (
  select e.employee_id,
         e.first_name || ' ' || e.last_name as employee_name,
         1 as level,
         m.first_name || ' ' || m.last_name || ' > ' || e.first_name || ' ' || e.last_name as path
  from employees e
  join employees m on m.employee_id = e.manager_id
  where e.manager_id = 1042
    and e.termination_date is null
  union all
  select e.employee_id,
         e.first_name || ' ' || e.last_name,
         t.level + 1,
         t.path || ' > ' || e.first_name || ' ' || e.last_name
  from tree t
  join employees e on e.manager_id = t.employee_id
  where e.termination_date is null
)
select employee_id, employee_name, level, path
from tree
order by level, employee_id
