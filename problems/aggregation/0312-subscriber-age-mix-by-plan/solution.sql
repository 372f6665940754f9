select p.name as plan_name,
       case
         when u.birth_year is null then 'unknown'
         when 2025 - u.birth_year < 25 then 'under 25'
         when 2025 - u.birth_year < 35 then '25-34'
         when 2025 - u.birth_year < 50 then '35-49'
         else '50+'
       end as age_band,
       count(distinct u.user_id) as subscribers
from subscriptions s
join users u on u.user_id = s.user_id
join plans p on p.plan_id = s.plan_id
where s.ended_on is null
group by 1, 2
order by plan_name, age_band
