insert into inventory_snapshots (snapshot_date, product_id, on_hand)
select g.day::date, s.product_id, s.on_hand
from (
  select snapshot_date,
         lead(snapshot_date) over (order by snapshot_date) as next_date
  from (select distinct snapshot_date from inventory_snapshots) as taken
) as k
cross join lateral generate_series(k.snapshot_date + 1, k.next_date - 1, interval '1 day') as g(day)
join inventory_snapshots s on s.snapshot_date = k.snapshot_date;
