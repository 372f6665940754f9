with rates as (
  select
    currency,
    date_trunc('month', rate_date)::date as month,
    count(*) over m as trading_days,
    first_value(usd_per_unit) over m as open_rate,
    last_value(usd_per_unit) over m as close_rate
  from fx_rates
  window m as (
    partition by currency, date_trunc('month', rate_date)
    order by rate_date
    rows between unbounded preceding and unbounded following
  )
)
select distinct
  currency,
  month,
  trading_days,
  open_rate,
  close_rate,
  round(100 * (close_rate - open_rate) / open_rate, 2) as change_pct
from rates
order by currency, month
