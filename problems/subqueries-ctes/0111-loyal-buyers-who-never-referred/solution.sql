select c.customer_id, c.full_name, count(*) as order_count
from customers c
join orders o on o.customer_id = c.customer_id
where o.status <> 'cancelled'
  and o.ordered_at >= '2025-01-01'
  and not exists (select 1 from customers r where r.referred_by = c.customer_id)
group by c.customer_id, c.full_name
having count(*) >= 3
order by order_count desc, c.customer_id
