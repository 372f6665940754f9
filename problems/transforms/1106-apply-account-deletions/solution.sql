with req as (
  select account_id, action, request_id, requested_at,
         max(request_id) filter (where action = 'restore') over (partition by account_id) as last_restore_id
  from account_deletions
),
outcome as (
  select account_id,
         bool_or(action = 'restore') as has_restore,
         -- every request after the last restore is a delete; none means the account ends active
         min(requested_at) filter (where request_id > coalesce(last_restore_id, 0)) as deleted_since
  from req
  group by account_id
)
update accounts a
set deleted_at = case when o.has_restore then o.deleted_since
                      else coalesce(a.deleted_at, o.deleted_since) end
from outcome o
where o.account_id = a.account_id;
