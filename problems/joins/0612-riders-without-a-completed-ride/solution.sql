select r.rider_id, r.full_name, c.name as home_city,
       count(t.trip_id) as requests,
       max(t.requested_at) as last_requested_at
from riders r
join cities c on c.city_id = r.city_id
left join trips t on t.rider_id = r.rider_id
group by r.rider_id, r.full_name, c.name
having count(*) filter (where t.status = 'completed') = 0
order by requests desc, r.rider_id
