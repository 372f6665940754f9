with queue as (
  select
    txn_id,
    amount,
    created_at,
    status,
    row_number() over (order by amount desc, created_at, txn_id) as queue_position
  from transactions
  where status in ('declined', 'reversed')
    and currency = 'USD'
    and created_at >= '2025-04-01'
    and created_at < '2025-07-01'
),
cursor_row as (
  select amount, created_at, txn_id
  from queue
  where txn_id = 104910
)
select q.queue_position, q.txn_id, q.amount, q.created_at, q.status
from queue q
cross join cursor_row c
where q.amount < c.amount
   or (q.amount = c.amount and (q.created_at > c.created_at
                                or (q.created_at = c.created_at and q.txn_id > c.txn_id)))
order by q.amount desc, q.created_at, q.txn_id
limit 10
