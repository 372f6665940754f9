with cohort as (
  select user_id, date_trunc('month', signed_up_at)::date as cohort_month
  from users
  where signed_up_at >= timestamp '2024-01-01 00:00:00'
    and signed_up_at < timestamp '2025-05-01 00:00:00'
),
active_months as (
  select distinct user_id, date_trunc('month', started_at)::date as active_month
  from views
)
select c.cohort_month,
       count(distinct c.user_id) as cohort_size,
       round(100.0 * count(distinct a.user_id) filter (where a.active_month = c.cohort_month + interval '1 month')
             / count(distinct c.user_id), 1) as month_1_pct,
       round(100.0 * count(distinct a.user_id) filter (where a.active_month = c.cohort_month + interval '2 months')
             / count(distinct c.user_id), 1) as month_2_pct
from cohort c
left join active_months a on a.user_id = c.user_id
group by c.cohort_month
order by c.cohort_month
