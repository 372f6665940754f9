with days as (
  select d::date as day
  from generate_series(date '2025-04-12', date '2025-04-27', interval '1 day') as d
),
currencies as (
  select distinct currency from fx_rates
)
select c.currency, d.day, r.usd_per_unit, r.rate_date, d.day - r.rate_date as days_stale
from currencies c
cross join days d
left join lateral (
  select f.rate_date, f.usd_per_unit
  from fx_rates f
  where f.currency = c.currency
    and f.rate_date <= d.day
  order by f.rate_date desc
  limit 1
) r on true
order by c.currency, d.day
