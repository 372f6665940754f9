with sessions as (
  select l.login_id, l.user_id, l.device, l.logged_in_at as started_at,
         lead(l.logged_in_at) over (partition by l.user_id order by l.logged_in_at) as ended_at
  from logins l
  where l.logged_in_at >= '2025-06-01' and l.logged_in_at < '2025-07-01'
), ev as (
  select s.login_id, e.event_type, e.post_id, e.occurred_at
  from sessions s
  join app_events e on e.user_id = s.user_id
                   and e.occurred_at >= s.started_at
                   and (s.ended_at is null or e.occurred_at < s.ended_at)
), viewed as (
  select distinct login_id from ev where event_type = 'post_view'
), liked as (
  select distinct k.login_id
  from ev k
  join ev v on v.login_id = k.login_id and v.post_id = k.post_id and v.occurred_at < k.occurred_at
  where k.event_type = 'like' and v.event_type = 'post_view'
)
select s.device,
       count(*) as sessions,
       count(v.login_id) as viewed,
       count(k.login_id) as liked,
       round(100.0 * count(v.login_id) / count(*), 1) as view_rate,
       round(100.0 * count(k.login_id) / nullif(count(v.login_id), 0), 1) as like_rate
from sessions s
left join viewed v on v.login_id = s.login_id
left join liked k on k.login_id = s.login_id
group by s.device
order by s.device
