select c.customer_id, c.full_name, count(*) as orders_2024
from customers c
join orders o on o.customer_id = c.customer_id
where o.status <> 'cancelled' and o.ordered_at >= '2024-01-01' and o.ordered_at < '2025-01-01'
group by c.customer_id, c.full_name
having count(distinct date_trunc('quarter', o.ordered_at)) = 4
order by orders_2024 desc, c.customer_id
