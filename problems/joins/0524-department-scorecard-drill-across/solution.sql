with staff as (
  select department_id, count(*) as headcount, sum(salary) as payroll
  from employees
  where termination_date is null
  group by department_id
), owned as (
  select department_id, count(*) as active_projects
  from projects
  where status = 'active'
  group by department_id
), staffing as (
  select p.department_id, count(distinct a.employee_id) as people_on_projects
  from project_assignments a
  join projects p on p.project_id = a.project_id
  where a.end_date is null
  group by p.department_id
)
select d.department_id,
       d.department_name,
       coalesce(s.headcount, 0) as headcount,
       coalesce(s.payroll, 0) as payroll,
       coalesce(o.active_projects, 0) as active_projects,
       coalesce(st.people_on_projects, 0) as people_on_projects
from departments d
left join staff s on s.department_id = d.department_id
left join owned o on o.department_id = d.department_id
left join staffing st on st.department_id = d.department_id
order by d.department_id
