with month_ends as (
  select (m + interval '1 month' - interval '1 day')::date as month_end
  from generate_series(date '2024-01-01', date '2025-06-01', interval '1 month') as m
),
covering as (
  select distinct on (me.month_end, s.user_id)
         me.month_end, s.user_id, p.monthly_price
  from month_ends me
  join subscriptions s
    on s.started_on <= me.month_end
   and (s.ended_on is null or s.ended_on > me.month_end)
  join plans p on p.plan_id = s.plan_id
  order by me.month_end, s.user_id, s.started_on desc, s.subscription_id desc
),
monthly as (
  select me.month_end,
         count(c.user_id) as active_subscribers,
         coalesce(sum(c.monthly_price), 0) as mrr
  from month_ends me
  left join covering c on c.month_end = me.month_end
  group by me.month_end
)
select month_end,
       active_subscribers,
       mrr,
       mrr - lag(mrr) over (order by month_end) as mrr_change
from monthly
order by month_end
