insert into fct_web_events (event_id, session_id, user_id, event_type, event_ts, ingested_at)
select e.event_id, e.session_id, e.user_id, e.event_type, e.event_ts, e.ingested_at
from web_events e
where e.ingested_at > (select w.high_watermark from load_watermarks w where w.pipeline = 'web_events_to_fct');

update load_watermarks
set high_watermark = coalesce((select max(e.ingested_at) from web_events e where e.ingested_at > high_watermark), high_watermark)
where pipeline = 'web_events_to_fct';
