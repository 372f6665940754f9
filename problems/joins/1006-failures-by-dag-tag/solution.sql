with tagged as (
  select d.dag_id, coalesce(t.tag, '(untagged)') as tag
  from dags d
  left join lateral (select distinct u.tag from unnest(d.tags) as u (tag)) t on true
),
scheduled as (
  select r.dag_id, r.dag_run_id, r.state,
         not exists (
           select 1 from dag_runs m
           where m.dag_id = r.dag_id
             and m.logical_date = r.logical_date
             and m.state = 'success'
             and m.queued_at > r.queued_at
         ) as never_repaired
  from dag_runs r
  where r.run_type = 'scheduled'
)
select g.tag,
       count(distinct g.dag_id) as dags,
       count(s.dag_run_id) as scheduled_runs,
       count(*) filter (where s.state = 'failed') as failed_runs,
       count(*) filter (where s.state = 'failed' and s.never_repaired) as unrepaired_failures
from tagged g
left join scheduled s on s.dag_id = g.dag_id
group by g.tag
order by g.tag
