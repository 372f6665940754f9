select order_id,
       line_no,
       quantity * unit_price as gross_amount,
       round(quantity * unit_price * discount_pct / 100, 2) as discount_amount,
       quantity * unit_price - round(quantity * unit_price * discount_pct / 100, 2) as net_amount
from order_items
where round(quantity * unit_price * discount_pct / 100, 2) >= 40
order by discount_amount desc, order_id, line_no
