select user_id,
       '@' || handle as mention,
       display_name,
       coalesce(country, 'unset') as country_label,
       joined_at::date as joined_on,
       date '2025-06-30' - joined_at::date as days_on_site
from users
where joined_at >= '2025-06-15'
order by joined_on, user_id
