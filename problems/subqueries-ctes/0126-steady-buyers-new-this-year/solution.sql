select c.customer_id, c.full_name, c.country
from customers c
join (
  select customer_id from orders
  where status <> 'cancelled' and ordered_at >= '2025-01-01' and ordered_at < '2025-04-01'
  intersect
  select customer_id from orders
  where status <> 'cancelled' and ordered_at >= '2025-04-01' and ordered_at < '2025-07-01'
  except
  select customer_id from orders
  where status <> 'cancelled' and ordered_at >= '2024-10-01' and ordered_at < '2025-01-01'
) s on s.customer_id = c.customer_id
order by c.customer_id
