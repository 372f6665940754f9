create index on shipments (destination_depot_id, delivered_at) include (weight_kg);
select delivered_at::date as day, count(*) as parcels, sum(weight_kg) as total_kg
from shipments
where destination_depot_id = 28
  and delivered_at >= '2025-04-01' and delivered_at < '2025-07-01'
group by delivered_at::date
order by day
