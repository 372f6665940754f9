select
  m.merchant_id,
  m.name,
  t.currency,
  count(*) as approved_txns,
  round(sum(
    t.amount * case
      when t.currency = 'USD' then 1
      else (
        select f.usd_per_unit
        from fx_rates f
        where f.currency = t.currency
          and f.rate_date <= t.created_at::date
        order by f.rate_date desc
        limit 1
      )
    end
  ), 2) as total_usd
from transactions t
join merchants m on m.merchant_id = t.merchant_id
where t.status = 'approved'
  and t.created_at >= '2025-04-01'
  and t.created_at < '2025-05-01'
group by m.merchant_id, m.name, t.currency
order by total_usd desc, m.merchant_id
