with accounts as (
  select
    customer_id,
    signup_date,
    regexp_replace(lower(trim(email)), '\+[^@]*@', '@') as email_key
  from customers
),
people as (
  select
    email_key,
    (array_agg(customer_id order by signup_date, customer_id))[1] as primary_customer_id
  from accounts
  group by email_key
  having count(*) >= 2
),
order_totals as (
  select o.order_id, o.customer_id, o.ordered_at,
         sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) as revenue
  from orders o
  left join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
  group by o.order_id, o.customer_id, o.ordered_at
)
select
  p.email_key,
  p.primary_customer_id,
  (select string_agg(a2.customer_id::text, ',' order by a2.customer_id)
   from accounts a2
   where a2.email_key = p.email_key and a2.customer_id <> p.primary_customer_id) as merged_ids,
  count(ot.order_id) as orders,
  round(coalesce(sum(ot.revenue), 0), 2) as revenue,
  min(ot.ordered_at) as first_order_at
from people p
join accounts a on a.email_key = p.email_key
left join order_totals ot on ot.customer_id = a.customer_id
group by p.email_key, p.primary_customer_id
order by p.primary_customer_id
