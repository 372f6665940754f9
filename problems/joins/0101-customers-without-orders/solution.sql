select c.customer_id, c.full_name, c.signup_date
from customers c
left join orders o on o.customer_id = c.customer_id
where o.order_id is null
order by c.signup_date, c.customer_id
