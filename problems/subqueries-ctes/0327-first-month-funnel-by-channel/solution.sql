with cohort as (
  select u.user_id, u.acquisition_channel, u.signed_up_at::date as signup_day
  from users u
  where u.signed_up_at >= timestamp '2024-01-01 00:00:00'
    and u.signed_up_at < timestamp '2025-01-01 00:00:00'
),
first_sub as (
  select distinct on (s.user_id) s.user_id, s.subscription_id, s.started_on
  from subscriptions s
  order by s.user_id, s.started_on, s.subscription_id
),
steps as (
  select c.acquisition_channel,
         f.started_on < c.signup_day + 30 as subscribed,
         exists (select 1 from views v
                 where v.user_id = c.user_id
                   and v.started_at >= f.started_on
                   and v.started_at < f.started_on + 7) as watched,
         exists (select 1 from payments p
                 join subscriptions s on s.subscription_id = p.subscription_id
                 where s.user_id = c.user_id
                   and p.status = 'paid'
                   and p.billed_on >= f.started_on + interval '1 month'
                   and p.billed_on < f.started_on + interval '2 months') as renewed
  from cohort c
  left join first_sub f on f.user_id = c.user_id
)
select acquisition_channel,
       count(*) as signups,
       count(*) filter (where subscribed) as subscribed,
       count(*) filter (where subscribed and watched) as watched_first_week,
       count(*) filter (where subscribed and watched and renewed) as paid_second_month,
       round(100.0 * count(*) filter (where subscribed and watched and renewed) / count(*), 1) as pct_paid_second_month
from steps
group by acquisition_channel
order by acquisition_channel
