select employee_id,
       date_trunc('month', effective_date)::date as change_month,
       count(*) as changes,
       string_agg(change_reason, ', ' order by effective_date) as reasons,
       (array_agg(salary order by effective_date desc))[1] as month_end_salary
from salary_history
group by employee_id, date_trunc('month', effective_date)::date
having count(*) > 1
order by change_month, employee_id
