select j.job_title,
       count(*) as headcount,
       sum(e.salary) as base_payroll,
       round(sum(e.salary * (1 + coalesce(e.commission_pct, 0))), 2) as target_payroll
from employees e
join jobs j on j.job_id = e.job_id
where e.termination_date is null
  and j.job_family = 'Sales'
group by j.job_title
order by target_payroll desc, j.job_title
