with recursive up (final_id, task_id, depth) as (
  select d.downstream_task_id, d.upstream_task_id, 1
  from task_dependencies d
  where not exists (select 1 from task_dependencies x where x.upstream_task_id = d.downstream_task_id)
  union
  select u.final_id, d.upstream_task_id, u.depth + 1
  from up u
  join task_dependencies d on d.downstream_task_id = u.task_id
),
reach as (
  select final_id, task_id, max(depth) as depth
  from up
  group by final_id, task_id
)
select f.task_id, fd.dag_name, f.task_name,
       count(r.task_id) as upstream_tasks,
       coalesce(max(r.depth), 0) as longest_chain,
       coalesce(array_agg(sd.dag_name || '.' || s.task_name order by sd.dag_name || '.' || s.task_name)
                  filter (where s.task_id is not null), '{}') as source_tasks
from tasks f
join dags fd on fd.dag_id = f.dag_id
left join reach r on r.final_id = f.task_id
left join tasks s on s.task_id = r.task_id
  and not exists (select 1 from task_dependencies p where p.downstream_task_id = s.task_id)
left join dags sd on sd.dag_id = s.dag_id
where not exists (select 1 from task_dependencies x where x.upstream_task_id = f.task_id)
group by f.task_id, fd.dag_name, f.task_name
order by f.task_id
