select d.department_id,
       d.department_name,
       count(*) filter (where r.review_year = 2022) as reviews_2022,
       count(*) filter (where r.review_year = 2023) as reviews_2023,
       count(*) filter (where r.review_year = 2024) as reviews_2024,
       round(avg(r.rating) filter (where r.review_year = 2022), 2) as avg_2022,
       round(avg(r.rating) filter (where r.review_year = 2023), 2) as avg_2023,
       round(avg(r.rating) filter (where r.review_year = 2024), 2) as avg_2024
from performance_reviews r
join employees e on e.employee_id = r.employee_id
join departments d on d.department_id = e.department_id
where r.review_year between 2022 and 2024
group by d.department_id, d.department_name
order by d.department_id
