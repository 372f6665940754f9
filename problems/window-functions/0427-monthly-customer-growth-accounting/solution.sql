with active as (
  select distinct c.customer_id, date_trunc('month', t.created_at)::date as month
  from transactions t
  join cards c on c.card_id = t.card_id
  where t.status = 'approved'
),
neighbours as (
  select customer_id, month,
         lag(month) over w as prev_month,
         lead(month) over w as next_month
  from active
  window w as (partition by customer_id order by month)
),
movements as (
  select month,
         case when prev_month is null then 'new'
              when prev_month = (month - interval '1 month')::date then 'retained'
              else 'resurrected' end as kind
  from neighbours
  union all
  select (month + interval '1 month')::date, 'churned'
  from neighbours
  where next_month is null or next_month > (month + interval '1 month')::date
)
select g.month::date as month,
       count(mv.kind) filter (where mv.kind <> 'churned') as active_customers,
       count(mv.kind) filter (where mv.kind = 'new') as new_customers,
       count(mv.kind) filter (where mv.kind = 'retained') as retained,
       count(mv.kind) filter (where mv.kind = 'resurrected') as resurrected,
       count(mv.kind) filter (where mv.kind = 'churned') as churned
from generate_series(date '2024-02-01', date '2025-06-01', interval '1 month') as g (month)
left join movements mv on mv.month = g.month::date
group by g.month
order by g.month
