with snapshots as (
  select m::date as month,
         m + interval '1 month' as taken_at
  from generate_series(timestamp '2024-12-01', timestamp '2025-03-01', interval '1 month') as m
),
counts as (
  select c.channel_id, s.month,
         count(sub.subscription_id) as subscribers
  from channels c
  cross join snapshots s
  left join subscriptions sub
         on sub.channel_id = c.channel_id
        and sub.subscribed_at <= s.taken_at
        and (sub.unsubscribed_at is null or sub.unsubscribed_at > s.taken_at)
  group by c.channel_id, s.month
),
with_change as (
  select *,
         subscribers - lag(subscribers) over (partition by channel_id order by month) as net_change
  from counts
)
select channel_id, month, subscribers, net_change
from with_change
where month >= date '2025-01-01'
order by channel_id, month
