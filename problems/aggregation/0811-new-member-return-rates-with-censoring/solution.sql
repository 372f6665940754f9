with members as (
  select user_id, signed_up_at::date as signup_date
  from users
  where signed_up_at >= '2024-01-01' and signed_up_at < '2024-07-01'
), activity as (
  select user_id, started_at::date as active_date from plays
  union
  select user_id, rated_at::date from ratings
), flags as (
  select m.user_id, m.signup_date,
         bool_or(a.active_date - m.signup_date between 1 and 7) as back_week_1,
         bool_or(a.active_date - m.signup_date between 8 and 28) as back_weeks_2_4
  from members m
  left join activity a on a.user_id = m.user_id
  group by m.user_id, m.signup_date
)
select date_trunc('month', signup_date)::date as cohort_month,
       count(*) as members,
       round(100.0 * count(*) filter (where back_week_1 and signup_date + 7 <= date '2024-06-30')
             / nullif(count(*) filter (where signup_date + 7 <= date '2024-06-30'), 0), 1) as week_1_pct,
       round(100.0 * count(*) filter (where back_weeks_2_4 and signup_date + 28 <= date '2024-06-30')
             / nullif(count(*) filter (where signup_date + 28 <= date '2024-06-30'), 0), 1) as weeks_2_4_pct
from flags
group by date_trunc('month', signup_date)
order by cohort_month
