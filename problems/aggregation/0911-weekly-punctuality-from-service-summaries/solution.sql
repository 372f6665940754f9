with summaries as (
  select t.tweet_id, t.created_at,
         to_date(substring(t.text from '^Service summary for [A-Za-z]{3} ([0-9]{2} [A-Za-z]{3}): ') || ' 2025',
                 'DD Mon YYYY') as service_day,
         substring(t.text from ': ([0-9.]+)% of services on time')::numeric as on_time_pct
  from tweets t
  join accounts a on a.account_id = t.account_id
  where a.handle = 'CalderTransit'
    and t.deleted_at is null
    and t.text ~ '^Service summary for [A-Za-z]{3} [0-9]{2} [A-Za-z]{3}: [0-9.]+% of services on time'
), latest as (
  select distinct on (service_day) service_day, on_time_pct
  from summaries
  order by service_day, created_at desc
)
select date_trunc('week', service_day)::date as week_start,
       count(*) as days,
       round(avg(on_time_pct), 2) as avg_on_time,
       (array_agg(service_day order by on_time_pct, service_day))[1] as worst_day,
       min(on_time_pct) as worst_on_time
from latest
group by date_trunc('week', service_day)
order by week_start
