with mutual as (
  select f.follower_id as lo, f.followee_id as hi,
         greatest(f.followed_at, b.followed_at) as since
  from follows f
  join follows b on b.follower_id = f.followee_id and b.followee_id = f.follower_id
  where f.follower_id < f.followee_id
)
select ab.lo as account_a, ab.hi as account_b, bc.hi as account_c,
       greatest(ab.since, bc.since, ac.since) as closed_at
from mutual ab
join mutual bc on bc.lo = ab.hi
join mutual ac on ac.lo = ab.lo and ac.hi = bc.hi
order by closed_at, account_a, account_b, account_c
