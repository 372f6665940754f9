with recursive chain as (
  select r.rider_id as new_rider_id, r.referred_by as referrer_id, 1 as level
  from riders r
  where r.referred_by is not null
    and r.signup_date >= '2025-04-01' and r.signup_date <= '2025-06-30'
  union all
  select c.new_rider_id, p.referred_by, c.level + 1
  from chain c
  join riders p on p.rider_id = c.referrer_id
  where p.referred_by is not null and c.level < 3
)
select c.referrer_id as rider_id, r.full_name,
       count(*) filter (where c.level = 1) as direct_referrals,
       count(*) filter (where c.level in (2, 3)) as indirect_referrals,
       sum(case c.level when 1 then 10 when 2 then 4 when 3 then 1 end) as bonus_eur
from chain c
join riders r on r.rider_id = c.referrer_id
group by c.referrer_id, r.full_name
order by bonus_eur desc, rider_id
