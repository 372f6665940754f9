with counted as (
  select customer_id, date_trunc('month', ordered_at) as order_month
  from orders
  where status <> 'cancelled'
),
firsts as (
  select customer_id, min(order_month) as cohort_month
  from counted
  group by customer_id
),
activity as (
  select distinct
    f.customer_id,
    f.cohort_month,
    (extract(year from c.order_month) - extract(year from f.cohort_month)) * 12
      + extract(month from c.order_month) - extract(month from f.cohort_month) as months_after
  from firsts f
  join counted c on c.customer_id = f.customer_id
)
select
  to_char(cohort_month, 'YYYY-MM') as cohort,
  count(*) filter (where months_after = 0) as customers,
  round(100.0 * count(*) filter (where months_after = 1) / count(*) filter (where months_after = 0), 1) as m1_pct,
  round(100.0 * count(*) filter (where months_after = 2) / count(*) filter (where months_after = 0), 1) as m2_pct,
  round(100.0 * count(*) filter (where months_after = 3) / count(*) filter (where months_after = 0), 1) as m3_pct,
  round(100.0 * count(*) filter (where months_after = 6) / count(*) filter (where months_after = 0), 1) as m6_pct
from activity
where cohort_month >= date '2024-01-01' and cohort_month < date '2025-01-01'
group by cohort_month
order by cohort
