with recursive below as (
  select e.manager_id as boss_id, e.employee_id, 1 as depth
  from employees e
  where e.manager_id is not null
    and e.termination_date is null
  union all
  select b.boss_id, e.employee_id, b.depth + 1
  from below b
  join employees e on e.manager_id = b.employee_id
  where e.termination_date is null
)
select m.employee_id,
       m.first_name || ' ' || m.last_name as employee_name,
       count(*) filter (where b.depth = 1) as direct_reports,
       count(*) as total_reports
from below b
join employees m on m.employee_id = b.boss_id
where m.termination_date is null
group by m.employee_id, m.first_name, m.last_name
order by total_reports desc, m.employee_id
