with payments as (
  select c.customer_id, t.txn_id, t.card_id, t.merchant_id, t.created_at
  from transactions t
  join cards c on c.card_id = t.card_id
  where t.status = 'approved'
),
flagged as (
  select
    *,
    case
      when created_at <= lag(created_at) over (partition by customer_id order by created_at, txn_id)
                         + interval '60 minutes' then 0
      else 1
    end as starts_session
  from payments
),
numbered as (
  select
    *,
    sum(starts_session) over (partition by customer_id order by created_at, txn_id
                              rows between unbounded preceding and current row) as session_no
  from flagged
),
multi as (
  select customer_id, session_no
  from numbered
  group by customer_id, session_no
  having min(merchant_id) <> max(merchant_id)
)
select
  n.customer_id,
  min(n.created_at) as started_at,
  max(n.created_at) as ended_at,
  count(*) as payments,
  count(distinct n.card_id) as cards,
  string_agg(distinct n.merchant_id::text, ',' order by n.merchant_id::text) as merchant_ids
from numbered n
join multi m on m.customer_id = n.customer_id and m.session_no = n.session_no
group by n.customer_id, n.session_no
order by started_at, n.customer_id
