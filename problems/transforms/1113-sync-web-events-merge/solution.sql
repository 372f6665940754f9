merge into fct_web_events f
using web_events w on w.event_id = f.event_id
when matched then
  update set session_id = w.session_id,
             user_id = w.user_id,
             event_type = w.event_type,
             event_ts = w.event_ts,
             ingested_at = w.ingested_at
when not matched by target then
  insert (event_id, session_id, user_id, event_type, event_ts, ingested_at)
  values (w.event_id, w.session_id, w.user_id, w.event_type, w.event_ts, w.ingested_at)
when not matched by source and f.ingested_at >= (select min(ingested_at) from web_events) then
  delete;
