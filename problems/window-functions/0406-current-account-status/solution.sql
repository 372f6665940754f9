select distinct on (customer_id)
  customer_id,
  status,
  changed_at
from account_status_events
order by customer_id, changed_at desc, received_at desc, event_id desc
