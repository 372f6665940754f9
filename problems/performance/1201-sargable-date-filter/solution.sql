create index on shipments (created_at);
select created_at::date as day, service_level, count(*) as shipments
from shipments
where created_at >= '2025-03-10' and created_at < '2025-03-17'
group by created_at::date, service_level
order by day, service_level
