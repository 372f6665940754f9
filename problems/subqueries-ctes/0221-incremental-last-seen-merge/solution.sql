with batch as (
  select user_id, max(logged_in_at) as new_last_login, count(*) as batch_logins
  from logins
  where logged_in_at > timestamp '2025-06-23 17:00:50'
  group by user_id
), loaded as (
  select user_id, max(logged_in_at) as previous_last_login, count(*) as loaded_logins
  from logins
  where logged_in_at <= timestamp '2025-06-23 17:00:50'
  group by user_id
)
select b.user_id,
       case when l.user_id is null then 'insert' else 'update' end as action,
       l.previous_last_login,
       b.new_last_login,
       coalesce(l.loaded_logins, 0) + b.batch_logins as login_count
from batch b
left join loaded l on l.user_id = b.user_id
order by b.user_id
