with recursive final_attempt as (
  select dag_run_id, task_id, state,
         row_number() over (partition by dag_run_id, task_id order by attempt desc) as rn
  from task_runs
),
failed as (
  select dag_run_id, task_id
  from final_attempt
  where rn = 1 and state = 'failed'
),
reach (root_id, task_id) as (
  select d.upstream_task_id, d.downstream_task_id
  from task_dependencies d
  where d.upstream_task_id in (select task_id from failed)
  union
  select r.root_id, d.downstream_task_id
  from reach r
  join task_dependencies d on d.upstream_task_id = r.task_id
)
select f.dag_run_id, f.task_id, t.task_name,
       count(r.task_id) as downstream_tasks,
       count(distinct dt.dag_id) filter (where dt.dag_id <> t.dag_id) as downstream_dags
from failed f
join tasks t on t.task_id = f.task_id
left join reach r on r.root_id = f.task_id
left join tasks dt on dt.task_id = r.task_id
group by f.dag_run_id, f.task_id, t.task_name
order by downstream_tasks desc, f.dag_run_id, f.task_id
