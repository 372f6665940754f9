delete from silver_signups;
delete from rejected_signups;

with cleaned as (
  select row_id,
         lower(trim(raw_email)) as email,
         nullif(regexp_replace(trim(raw_name), '\s+', ' ', 'g'), '') as full_name,
         upper(trim(raw_country)) as country,
         trim(raw_signup_date) as signup_date,
         coalesce(nullif(lower(trim(raw_plan)), ''), 'free') as plan
  from bronze_signups
),
checked as (
  select c.*,
         case
           when email is null or email !~ '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$' then 'invalid_email'
           when country is null or country not in ('GB', 'IE', 'FR', 'NL', 'DE') then 'invalid_country'
           when signup_date is null or signup_date !~ '^\d{4}-\d{2}-\d{2}$'
                or not pg_input_is_valid(signup_date, 'date') then 'invalid_date'
           when plan not in ('free', 'plus', 'pro') then 'invalid_plan'
         end as reason
  from cleaned c
),
decided as (
  select k.*,
         coalesce(reason, case when row_number() over (partition by reason, email order by row_id) > 1
                               then 'duplicate_email' end) as final_reason
  from checked k
),
silver as (
  insert into silver_signups (row_id, email, full_name, country, signup_date, plan)
  select row_id, email, full_name, country, signup_date::date, plan
  from decided
  where final_reason is null
)
insert into rejected_signups (row_id, reason)
select row_id, final_reason
from decided
where final_reason is not null;
