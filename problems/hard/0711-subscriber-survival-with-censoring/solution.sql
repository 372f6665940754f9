with cohort as (
  select s.subscription_id, s.user_id, s.channel_id, s.subscribed_at,
         date_trunc('month', s.subscribed_at)::date as cohort_month
  from subscriptions s
  where s.subscribed_at >= timestamp '2024-10-01 00:00:00'
    and s.subscribed_at < timestamp '2025-04-01 00:00:00'
),
marks as (
  select c.cohort_month, c.subscription_id, m.days,
         c.subscribed_at + m.days * interval '1 day' < timestamp '2025-04-01 00:00:00' as measurable,
         exists (
           select 1 from subscriptions x
           where x.user_id = c.user_id
             and x.channel_id = c.channel_id
             and x.subscribed_at <= c.subscribed_at + m.days * interval '1 day'
             and (x.unsubscribed_at is null or x.unsubscribed_at > c.subscribed_at + m.days * interval '1 day')
         ) as active
  from cohort c
  cross join (values (30), (60)) as m (days)
)
select cohort_month,
       count(*) filter (where days = 30) as subscriptions,
       count(*) filter (where days = 30 and measurable) as measurable_30d,
       round(100.0 * count(*) filter (where days = 30 and measurable and active)
             / nullif(count(*) filter (where days = 30 and measurable), 0), 1) as retained_30d_pct,
       count(*) filter (where days = 60 and measurable) as measurable_60d,
       round(100.0 * count(*) filter (where days = 60 and measurable and active)
             / nullif(count(*) filter (where days = 60 and measurable), 0), 1) as retained_60d_pct
from marks
group by cohort_month
order by cohort_month
