delete from raw_orders r
using raw_orders k
where k.order_id = r.order_id
  and k.version = r.version
  and (k.ingested_at, k.ingest_id) < (r.ingested_at, r.ingest_id);
