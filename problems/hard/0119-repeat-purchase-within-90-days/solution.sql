with counted as (
  select customer_id, ordered_at
  from orders
  where status <> 'cancelled'
),
firsts as (
  select customer_id, min(ordered_at) as first_at
  from counted
  group by customer_id
),
pairs as (
  select f.customer_id, f.first_at,
         (select min(o.ordered_at) from orders o
          where o.customer_id = f.customer_id and o.status <> 'cancelled'
            and o.ordered_at > f.first_at) as second_at
  from firsts f
  where f.first_at >= '2023-01-01'
    and f.first_at < '2025-04-01'
),
cohorts as (
  select date_trunc('quarter', first_at) as quarter_start,
         case when second_at <= first_at + interval '90 days'
              then extract(epoch from second_at - first_at) / 86400 end as days_to_repeat
  from pairs
)
select to_char(quarter_start, 'YYYY-"Q"Q') as cohort,
       count(*) as new_customers,
       count(days_to_repeat) as repeat_customers,
       round(100.0 * count(days_to_repeat) / count(*), 1) as repeat_rate_pct,
       round((percentile_cont(0.5) within group (order by days_to_repeat))::numeric, 1) as median_days_to_repeat
from cohorts
group by quarter_start
order by cohort
