with monthly as (
  select
    merchant_id,
    date_trunc('month', created_at) as month,
    sum(amount) as volume
  from transactions
  where status = 'approved'
  group by merchant_id, date_trunc('month', created_at)
),
june as (
  select merchant_id, volume as june_volume
  from monthly
  where month = '2025-06-01'
),
history as (
  select merchant_id, max(volume) as previous_best, count(*) as earlier_months
  from monthly
  where month < '2025-06-01'
  group by merchant_id
)
select m.merchant_id, m.name, j.june_volume, h.previous_best, h.earlier_months
from june j
join history h on h.merchant_id = j.merchant_id
join merchants m on m.merchant_id = j.merchant_id
where j.june_volume > h.previous_best
order by m.merchant_id
