select p.project_id,
       p.project_name,
       count(distinct a.employee_id) as lead_count
from projects p
join project_assignments a on a.project_id = p.project_id
where a.role = 'lead'
group by p.project_id, p.project_name
having count(distinct a.employee_id) >= 3
order by lead_count desc, p.project_id
