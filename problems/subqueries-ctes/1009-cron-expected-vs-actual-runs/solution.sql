with fields as (
  select d.dag_id, d.dag_name, d.schedule, f.pos, f.field,
         case f.pos when 1 then 60 when 2 then 24 else 7 end as field_range
  from dags d
  cross join lateral unnest(string_to_array(d.schedule, ' ')) with ordinality as f (field, pos)
  where f.pos in (1, 2, 5)
),
counted as (
  select dag_id, dag_name, schedule, pos,
         case
           when field = '*' then field_range
           when field like '*/%' then (field_range - 1) / split_part(field, '/', 2)::int + 1
           else cardinality(string_to_array(field, ','))
         end as values_per_cycle
  from fields
),
expected as (
  select dag_id, dag_name, schedule,
         max(values_per_cycle) filter (where pos = 1)
           * max(values_per_cycle) filter (where pos = 2)
           * max(values_per_cycle) filter (where pos = 5) as expected_runs
  from counted
  group by dag_id, dag_name, schedule
)
select e.dag_name, e.schedule, e.expected_runs,
       count(r.dag_run_id) as actual_runs
from expected e
left join dag_runs r on r.dag_id = e.dag_id
                    and r.run_type = 'scheduled'
                    and r.data_interval_end >= timestamp '2025-04-07 00:00:00'
                    and r.data_interval_end < timestamp '2025-04-14 00:00:00'
group by e.dag_name, e.schedule, e.expected_runs
order by e.dag_name
