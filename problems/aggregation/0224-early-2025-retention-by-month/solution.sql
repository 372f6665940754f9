with cohorts as (
  select user_id, date_trunc('month', joined_at)::date as cohort_month
  from users
  where joined_at >= timestamp '2025-01-01' and joined_at < timestamp '2025-05-01'
), activity as (
  select distinct c.user_id,
         ((extract(year from l.logged_in_at) - extract(year from c.cohort_month)) * 12
           + extract(month from l.logged_in_at) - extract(month from c.cohort_month))::int as months_after
  from cohorts c
  join logins l on l.user_id = c.user_id
)
select c.cohort_month,
       count(distinct c.user_id) as members,
       round(100.0 * count(distinct a.user_id) filter (where a.months_after = 1) / count(distinct c.user_id), 1) as month_1_pct,
       round(100.0 * count(distinct a.user_id) filter (where a.months_after = 2) / count(distinct c.user_id), 1) as month_2_pct,
       case when c.cohort_month + interval '3 months' <= timestamp '2025-06-01'
            then round(100.0 * count(distinct a.user_id) filter (where a.months_after = 3) / count(distinct c.user_id), 1)
       end as month_3_pct
from cohorts c
left join activity a on a.user_id = c.user_id
group by c.cohort_month
order by c.cohort_month
