with recursive walk (start_id, product_id, hops) as (
  select m.old_product_id, m.new_product_id, 1
  from product_id_map m
  where not exists (select 1 from products p where p.product_id = m.old_product_id)
  union all
  select w.start_id, m.new_product_id, w.hops + 1
  from walk w
  join product_id_map m on m.old_product_id = w.product_id
  where not exists (select 1 from products p where p.product_id = w.product_id)
),
first_live as (
  select distinct on (w.start_id) w.start_id, w.product_id
  from walk w
  where exists (select 1 from products p where p.product_id = w.product_id)
  order by w.start_id, w.hops
)
update order_lines l
set product_id = f.product_id
from first_live f
where f.start_id = l.product_id;

insert into order_lines_quarantine (order_id, line_no, product_id, quantity, unit_price, reason)
select l.order_id, l.line_no, l.product_id, l.quantity, l.unit_price,
       case when exists (select 1 from product_id_map m where m.old_product_id = l.product_id)
            then 'no_live_replacement'
            else 'unknown_product'
       end
from order_lines l
where not exists (select 1 from products p where p.product_id = l.product_id);

delete from order_lines l
where not exists (select 1 from products p where p.product_id = l.product_id);
