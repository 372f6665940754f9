with ordered as (
  select
    t.txn_id,
    t.card_id,
    t.created_at,
    t.status,
    t.decline_reason,
    lag(t.status) over w as prev_status,
    lag(t.created_at) over w as prev_at,
    lead(t.status) over w as next_status
  from transactions t
  window w as (partition by t.card_id order by t.created_at, t.txn_id)
),
declines as (
  select
    *,
    case
      when prev_status = 'declined' and created_at <= prev_at + interval '30 minutes' then 0
      else 1
    end as starts_burst
  from ordered
  where status = 'declined'
),
numbered as (
  select
    *,
    sum(starts_burst) over (partition by card_id order by created_at, txn_id
                            rows between unbounded preceding and current row) as burst_no
  from declines
),
bursts as (
  select
    card_id,
    burst_no,
    min(created_at) as started_at,
    max(created_at) as ended_at,
    count(*) as declines,
    string_agg(distinct decline_reason, ',' order by decline_reason) as reasons,
    (array_agg(next_status order by created_at desc, txn_id desc))[1] as next_status
  from numbered
  group by card_id, burst_no
  having count(*) >= 3
)
select b.card_id, c.customer_id, b.started_at, b.ended_at, b.declines, b.reasons, b.next_status
from bursts b
join cards c on c.card_id = b.card_id
order by b.started_at, b.card_id
