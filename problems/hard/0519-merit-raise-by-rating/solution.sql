with changes as (
  select employee_id, effective_date, change_reason, salary,
         lag(salary) over (partition by employee_id order by effective_date) as previous_salary
  from salary_history
), merits as (
  select employee_id,
         extract(year from effective_date)::int as merit_year,
         (salary - previous_salary) * 100 / previous_salary as raise_pct
  from changes
  where change_reason = 'merit'
), matched as (
  select r.rating, m.raise_pct
  from performance_reviews r
  left join merits m
    on m.employee_id = r.employee_id
   and m.merit_year = r.review_year + 1
)
select g.rating,
       count(x.rating) as reviews,
       count(x.raise_pct) as merit_raises,
       round((percentile_cont(0.5) within group (order by x.raise_pct))::numeric, 2) as median_raise_pct
from generate_series(1, 5) as g(rating)
left join matched x on x.rating = g.rating
group by g.rating
order by g.rating
