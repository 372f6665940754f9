create index on scan_events using brin (scanned_at) with (pages_per_range = 4);
select event_type, count(*) as scans
from scan_events
where scanned_at >= '2025-05-20' and scanned_at < '2025-05-21'
group by event_type
order by event_type
