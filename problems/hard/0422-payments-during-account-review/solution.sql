with changes as (
  select distinct customer_id, status, changed_at
  from account_status_events
),
marked as (
  select *, lag(status) over (partition by customer_id order by changed_at) as prev_status
  from changes
),
transitions as (
  select customer_id, status, changed_at
  from marked
  where prev_status is distinct from status
),
periods as (
  select
    customer_id,
    status,
    changed_at as started_at,
    lead(changed_at) over w as ended_at,
    lead(status) over w as next_status
  from transitions
  window w as (partition by customer_id order by changed_at)
)
select
  p.customer_id,
  p.started_at as review_started_at,
  p.ended_at as review_ended_at,
  p.next_status,
  count(t.txn_id) as attempts,
  count(t.txn_id) filter (where t.status = 'approved') as approved
from periods p
left join cards c on c.customer_id = p.customer_id
left join transactions t
  on t.card_id = c.card_id
 and t.created_at >= p.started_at
 and (p.ended_at is null or t.created_at < p.ended_at)
where p.status = 'under_review'
group by p.customer_id, p.started_at, p.ended_at, p.next_status
order by review_started_at, p.customer_id
