insert into products (product_id, sku, product_name, category, unit_price, is_active, updated_at)
select product_id, sku, product_name, category, unit_price, is_active, extracted_at
from product_batch
on conflict (product_id) do update
set sku = excluded.sku,
    product_name = excluded.product_name,
    category = excluded.category,
    unit_price = excluded.unit_price,
    is_active = excluded.is_active,
    updated_at = excluded.updated_at
where (products.sku, products.product_name, products.category, products.unit_price, products.is_active)
      is distinct from (excluded.sku, excluded.product_name, excluded.category, excluded.unit_price, excluded.is_active);
