update dim_customer d
set valid_to = s.snapshot_date,
    is_current = false
from customer_snapshot s
where s.customer_id = d.customer_id
  and d.is_current
  and (d.email, d.city, d.loyalty_tier) is distinct from (s.email, s.city, s.loyalty_tier);

insert into dim_customer (customer_id, email, city, loyalty_tier, valid_from, valid_to, is_current)
select s.customer_id, s.email, s.city, s.loyalty_tier, s.snapshot_date, null, true
from customer_snapshot s
where not exists (
  select 1 from dim_customer d
  where d.customer_id = s.customer_id and d.is_current
);
