delete from inventory_changes;

insert into inventory_changes (product_id, change_date, change_type, old_on_hand, new_on_hand)
with grid as (
  select p.product_id, d.snapshot_date, s.on_hand,
         lag(s.on_hand) over (partition by p.product_id order by d.snapshot_date) as old_on_hand
  from (select distinct product_id from inventory_snapshots) p
  cross join (select distinct snapshot_date from inventory_snapshots) d
  left join inventory_snapshots s on s.product_id = p.product_id and s.snapshot_date = d.snapshot_date
)
select product_id, snapshot_date,
       case when old_on_hand is null then 'added'
            when on_hand is null then 'removed'
            else 'changed' end,
       old_on_hand, on_hand
from grid
where snapshot_date > (select min(snapshot_date) from inventory_snapshots)
  and on_hand is distinct from old_on_hand;
