select c.name as category_name,
       round(sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)), 2) as revenue
from order_items oi
join orders o on o.order_id = oi.order_id
join products p on p.product_id = oi.product_id
join categories c on c.category_id = p.category_id
where o.status <> 'cancelled'
  and o.ordered_at >= '2024-01-01'
  and o.ordered_at < '2025-01-01'
group by c.category_id, c.name
having sum(oi.quantity * oi.unit_price * (1 - oi.discount_pct / 100)) > 5000
order by revenue desc, category_name
