with recursive org as (
  select e.employee_id as executive_id, r.employee_id, r.salary, r.termination_date, 1 as layer
  from employees e
  join employees r on r.manager_id = e.employee_id
  where e.manager_id = 1001
    and e.termination_date is null
  union all
  select o.executive_id, r.employee_id, r.salary, r.termination_date, o.layer + 1
  from org o
  join employees r on r.manager_id = o.employee_id
), layers as (
  select executive_id, layer, count(*) as headcount, sum(salary) as payroll
  from org
  where termination_date is null
  group by executive_id, layer
)
select l.executive_id,
       x.first_name || ' ' || x.last_name as executive_name,
       l.layer, l.headcount, l.payroll,
       round(l.payroll / l.headcount, 2) as avg_salary,
       sum(l.headcount) over (partition by l.executive_id order by l.layer) as cumulative_headcount
from layers l
join employees x on x.employee_id = l.executive_id
order by l.executive_id, l.layer
