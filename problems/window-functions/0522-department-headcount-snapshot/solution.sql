with months as (
  select g.m::date as month
  from generate_series(date '2022-01-01', date '2025-06-01', interval '1 month') as g(m)
), grid as (
  select d.department_id, m.month
  from departments d
  cross join months m
), hires as (
  select department_id, date_trunc('month', hire_date)::date as month, count(*) as hires
  from employees
  group by department_id, date_trunc('month', hire_date)::date
), leavers as (
  select department_id, date_trunc('month', termination_date)::date as month, count(*) as leavers
  from employees
  group by department_id, date_trunc('month', termination_date)::date
), snapshot as (
  select g.department_id, g.month,
         coalesce(h.hires, 0) as hires,
         coalesce(l.leavers, 0) as leavers,
         sum(coalesce(h.hires, 0) - coalesce(l.leavers, 0))
           over (partition by g.department_id order by g.month) as headcount
  from grid g
  left join hires h on h.department_id = g.department_id and h.month = g.month
  left join leavers l on l.department_id = g.department_id and l.month = g.month
)
select department_id, month, hires, leavers, headcount
from snapshot
where month >= date '2025-01-01'
order by department_id, month
