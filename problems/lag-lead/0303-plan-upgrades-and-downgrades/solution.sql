with history as (
  select s.user_id, s.subscription_id, s.started_on, p.name as plan_name, p.monthly_price,
         lag(s.ended_on) over w as prev_ended_on,
         lag(p.name) over w as prev_plan_name,
         lag(p.monthly_price) over w as prev_price,
         row_number() over w as position
  from subscriptions s
  join plans p on p.plan_id = s.plan_id
  window w as (partition by s.user_id order by s.started_on, s.subscription_id)
)
select user_id, subscription_id, started_on as changed_on,
       prev_plan_name as from_plan, plan_name as to_plan,
       case when monthly_price > prev_price then 'upgrade' else 'downgrade' end as change_type
from history
where position > 1
  and (prev_ended_on is null or started_on <= prev_ended_on)
  and monthly_price <> prev_price
order by changed_on, subscription_id
