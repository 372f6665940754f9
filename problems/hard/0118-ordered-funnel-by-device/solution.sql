with step1 as (
  select session_id,
         min(device) as device,
         min(occurred_at) filter (where event_type = 'product_view') as viewed_at
  from web_events
  group by session_id
),
step2 as (
  select s.*,
         (select min(w.occurred_at) from web_events w
          where w.session_id = s.session_id and w.event_type = 'add_to_cart' and w.occurred_at >= s.viewed_at) as carted_at
  from step1 s
),
step3 as (
  select s.*,
         (select min(w.occurred_at) from web_events w
          where w.session_id = s.session_id and w.event_type = 'checkout' and w.occurred_at >= s.carted_at) as checked_out_at
  from step2 s
),
step4 as (
  select s.*,
         (select min(w.occurred_at) from web_events w
          where w.session_id = s.session_id and w.event_type = 'purchase' and w.occurred_at >= s.checked_out_at) as purchased_at
  from step3 s
)
select device,
       count(*) as sessions,
       count(viewed_at) as viewed,
       count(carted_at) as carted,
       count(checked_out_at) as checked_out,
       count(purchased_at) as purchased,
       round(100.0 * count(carted_at) / nullif(count(viewed_at), 0), 1) as view_to_cart_pct,
       round(100.0 * count(checked_out_at) / nullif(count(carted_at), 0), 1) as cart_to_checkout_pct,
       round(100.0 * count(purchased_at) / nullif(count(checked_out_at), 0), 1) as checkout_to_purchase_pct
from step4
group by device
order by device
