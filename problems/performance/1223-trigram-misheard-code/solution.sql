create index on shipments using gin (tracking_code gin_trgm_ops);
select shipment_id, tracking_code, status, similarity(tracking_code, 'cwma4c57dk') as score
from shipments
where tracking_code % 'cwma4c57dk'
  and similarity(tracking_code, 'cwma4c57dk') >= 0.4
order by score desc, shipment_id
