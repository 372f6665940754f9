create index on shipments (origin_depot_id, created_at) where status = 'exception';
select origin_depot_id, count(*) as open_exceptions, min(created_at) as oldest_created_at
from shipments
where status = 'exception'
group by origin_depot_id
order by open_exceptions desc, origin_depot_id
