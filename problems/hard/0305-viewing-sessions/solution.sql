with timed as (
  select user_id, view_id, started_at,
         started_at + watched_seconds * interval '1 second' as ended_at
  from views
),
running as (
  select *,
         max(ended_at) over (partition by user_id order by started_at, view_id
                             rows between unbounded preceding and current row) as latest_end
  from timed
),
flagged as (
  select *,
         case
           when lag(latest_end) over w is null then 1
           when started_at > lag(latest_end) over w + interval '30 minutes' then 1
           else 0
         end as is_new_session
  from running
  window w as (partition by user_id order by started_at, view_id)
),
numbered as (
  select *,
         sum(is_new_session) over (partition by user_id order by started_at, view_id
                                   rows between unbounded preceding and current row) as session_no
  from flagged
),
sessions as (
  select user_id, session_no,
         extract(epoch from max(ended_at) - min(started_at)) as length_seconds
  from numbered
  group by user_id, session_no
)
select user_id,
       count(*) as sessions,
       round(max(length_seconds) / 60.0, 1) as longest_session_minutes
from sessions
group by user_id
order by user_id
