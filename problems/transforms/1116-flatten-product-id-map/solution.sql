with recursive walk (old_product_id, product_id, mapped_on) as (
  select m.old_product_id, m.new_product_id, m.mapped_on
  from product_id_map m
  union all
  select w.old_product_id, m.new_product_id, m.mapped_on
  from walk w
  join product_id_map m on m.old_product_id = w.product_id
)
update product_id_map t
set new_product_id = w.product_id,
    mapped_on = w.mapped_on
from walk w
where w.old_product_id = t.old_product_id
  and not exists (select 1 from product_id_map n where n.old_product_id = w.product_id);
