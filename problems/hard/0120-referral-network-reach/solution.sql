with recursive network as (
  select c.referred_by as referrer_id, c.customer_id as member_id, 1 as depth
  from customers c
  where c.referred_by is not null
  union all
  select n.referrer_id, c.customer_id, n.depth + 1
  from network n
  join customers c on c.referred_by = n.member_id
),
member_revenue as (
  select o.customer_id, sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) as revenue
  from orders o
  join order_items oi on oi.order_id = o.order_id
  where o.status <> 'cancelled'
  group by o.customer_id
),
summary as (
  select
    n.referrer_id,
    count(*) filter (where n.depth = 1) as direct_referrals,
    count(*) as network_size,
    max(n.depth) as max_depth,
    count(*) filter (where exists (select 1 from orders o
                                   where o.customer_id = n.member_id and o.status <> 'cancelled')) as network_buyers,
    round(coalesce(sum(mr.revenue), 0), 2) as network_revenue
  from network n
  left join member_revenue mr on mr.customer_id = n.member_id
  group by n.referrer_id
)
select
  s.referrer_id as customer_id,
  c.full_name,
  s.direct_referrals,
  s.network_size,
  s.max_depth,
  s.network_buyers,
  s.network_revenue
from summary s
join customers c on c.customer_id = s.referrer_id
where s.max_depth >= 2
order by s.network_size desc, s.referrer_id
