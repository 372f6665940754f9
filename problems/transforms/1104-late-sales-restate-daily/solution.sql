insert into sales_facts (sale_id, sale_date, store_id, product_id, units, amount, loaded_at)
select sale_id, sale_date, store_id, product_id, units, amount, loaded_at
from late_sales
on conflict (sale_id) do nothing;

insert into daily_sales (sale_date, store_id, units, revenue, sale_count)
select f.sale_date, f.store_id, sum(f.units), sum(f.amount), count(*)
from sales_facts f
where (f.sale_date, f.store_id) in (select l.sale_date, l.store_id from late_sales l)
group by f.sale_date, f.store_id
on conflict (sale_date, store_id) do update
set units = excluded.units,
    revenue = excluded.revenue,
    sale_count = excluded.sale_count;
