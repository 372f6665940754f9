with clipped as (
  select d.city_id, s.shift_id,
         greatest(s.started_at, timestamp '2025-06-01 00:00:00') as started_at,
         least(s.ended_at, timestamp '2025-07-01 00:00:00') as ended_at
  from driver_shifts s
  join drivers d on d.driver_id = s.driver_id
  where s.started_at < timestamp '2025-07-01 00:00:00'
    and s.ended_at > timestamp '2025-06-01 00:00:00'
), reach as (
  select c.*,
         max(ended_at) over (partition by city_id order by started_at, shift_id
                             rows between unbounded preceding and 1 preceding) as covered_until
  from clipped c
), numbered as (
  select r.*,
         sum(case when covered_until >= started_at then 0 else 1 end)
           over (partition by city_id order by started_at, shift_id
                 rows between unbounded preceding and current row) as block_no
  from reach r
), blocks as (
  select city_id, block_no, min(started_at) as block_start, max(ended_at) as block_end
  from numbered
  group by city_id, block_no
), edges as (
  select city_id,
         coalesce(lag(block_end) over (partition by city_id order by block_start),
                  timestamp '2025-06-01 00:00:00') as gap_start,
         block_start as gap_end
  from blocks
  union all
  select city_id, max(block_end), timestamp '2025-07-01 00:00:00'
  from blocks
  group by city_id
  union all
  select c.city_id, timestamp '2025-06-01 00:00:00', timestamp '2025-07-01 00:00:00'
  from cities c
  where not exists (select 1 from blocks b where b.city_id = c.city_id)
), gaps as (
  select city_id, gap_start, gap_end,
         row_number() over (partition by city_id order by gap_end - gap_start desc, gap_start) as rn,
         count(*) over (partition by city_id) as gap_count
  from edges
  where gap_end > gap_start
), online as (
  select city_id, sum(block_end - block_start) as online_time
  from blocks
  group by city_id
)
select c.name as city_name,
       round(coalesce(extract(epoch from o.online_time), 0) / 3600, 1) as online_hours,
       coalesce(g.gap_count, 0) as gaps,
       g.gap_start as longest_gap_start,
       g.gap_end as longest_gap_end,
       round(extract(epoch from g.gap_end - g.gap_start) / 3600, 1) as longest_gap_hours
from cities c
left join online o on o.city_id = c.city_id
left join gaps g on g.city_id = c.city_id and g.rn = 1
order by c.name
