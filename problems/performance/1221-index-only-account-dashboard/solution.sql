create index on shipments (customer_id, status) include (declared_value, delivered_at, promised_date);
select status,
       count(*) as shipments,
       sum(declared_value) as declared_total,
       count(*) filter (where delivered_at::date > promised_date) as delivered_late
from shipments
where customer_id = 42
group by status
order by status
