select
  c.card_id,
  c.brand,
  c.last4,
  c.customer_id,
  cu.full_name,
  coalesce(cu.email, 'no email on file') as email,
  c.expires_on - date '2025-06-30' as days_left
from cards c
join customers cu on cu.customer_id = c.customer_id
where c.expires_on >= date '2025-09-01'
  and c.expires_on < date '2025-10-01'
order by c.card_id
