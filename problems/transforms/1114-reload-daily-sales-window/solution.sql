delete from daily_sales
where sale_date between date '2025-05-25' and date '2025-05-31';

insert into daily_sales (sale_date, store_id, units, revenue, sale_count)
select d::date,
       s.store_id,
       coalesce(sum(f.units), 0),
       coalesce(sum(f.amount), 0),
       count(f.sale_id)
from generate_series(date '2025-05-25', date '2025-05-31', interval '1 day') as d
cross join stores s
left join sales_facts f on f.sale_date = d::date and f.store_id = s.store_id
where s.opened_on <= d::date
group by d, s.store_id;
