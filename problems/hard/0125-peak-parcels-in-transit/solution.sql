with events as (
  select ship_country, shipped_at as at, 1 as delta
  from orders
  where shipped_at is not null
  union all
  select ship_country, delivered_at, -1
  from orders
  where shipped_at is not null and delivered_at is not null
),
running as (
  select
    ship_country,
    at,
    sum(delta) over (partition by ship_country order by at
                     range between unbounded preceding and current row) as in_transit
  from events
),
peaks as (
  select ship_country, max(in_transit) as peak_in_transit
  from running
  group by ship_country
)
select p.ship_country, p.peak_in_transit, min(r.at) as peak_started_at
from peaks p
join running r on r.ship_country = p.ship_country and r.in_transit = p.peak_in_transit
group by p.ship_country, p.peak_in_transit
order by p.peak_in_transit desc, p.ship_country
