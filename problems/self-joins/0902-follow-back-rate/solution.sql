with fans as (
  select f.followee_id as account_id,
         count(*) as followers,
         count(back.follower_id) as mutuals
  from follows f
  left join follows back
    on back.follower_id = f.followee_id
   and back.followee_id = f.follower_id
  group by f.followee_id
)
select a.account_id, a.handle, fa.followers, fa.mutuals,
       round(100.0 * fa.mutuals / fa.followers, 1) as follow_back_pct
from fans fa
join accounts a on a.account_id = fa.account_id
where fa.followers >= 3
order by follow_back_pct desc, a.account_id
