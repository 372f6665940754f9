create statistics shipments_customer_origin (mcv) on customer_id, origin_depot_id from shipments;
select service_level, count(*) as parcels, round(avg(weight_kg), 2) as avg_kg
from shipments
where customer_id = 1260
  and origin_depot_id = 37
  and created_at >= '2025-01-01' and created_at < '2025-04-01'
group by service_level
order by service_level
