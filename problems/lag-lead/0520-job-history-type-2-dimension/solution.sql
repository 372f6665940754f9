with flagged as (
  select employee_id, effective_date, job_id,
         lag(job_id) over (partition by employee_id order by effective_date) as previous_job_id
  from salary_history
), starts as (
  select employee_id, effective_date, job_id
  from flagged
  where previous_job_id is null or previous_job_id <> job_id
), versions as (
  select s.employee_id, s.job_id, s.effective_date as valid_from,
         row_number() over (partition by s.employee_id order by s.effective_date) as version,
         lead(s.effective_date) over (partition by s.employee_id order by s.effective_date) as next_from
  from starts s
)
select v.employee_id, v.version, v.job_id, v.valid_from,
       case when v.next_from is null then e.termination_date else v.next_from - 1 end as valid_to,
       (v.next_from is null and e.termination_date is null) as is_current
from versions v
join employees e on e.employee_id = v.employee_id
order by v.employee_id, v.version
