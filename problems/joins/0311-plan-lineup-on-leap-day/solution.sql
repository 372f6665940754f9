select p.plan_id,
       p.name as plan_name,
       count(distinct s.user_id) as subscribers
from plans p
left join subscriptions s
  on s.plan_id = p.plan_id
 and s.started_on <= date '2024-02-29'
 and (s.ended_on is null or s.ended_on > date '2024-02-29')
group by p.plan_id, p.name
order by p.plan_id
