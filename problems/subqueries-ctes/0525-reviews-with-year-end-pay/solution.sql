select r.review_id,
       r.employee_id,
       r.review_year,
       r.rating,
       j.job_title,
       pay.salary as year_end_salary
from performance_reviews r
cross join lateral (
  select s.job_id, s.salary
  from salary_history s
  where s.employee_id = r.employee_id
    and s.effective_date <= make_date(r.review_year, 12, 31)
  order by s.effective_date desc
  limit 1
) as pay
join jobs j on j.job_id = pay.job_id
order by r.review_id
