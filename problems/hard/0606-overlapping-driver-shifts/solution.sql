select
  a.driver_id,
  a.shift_id as first_shift_id,
  b.shift_id as second_shift_id,
  greatest(a.started_at, b.started_at) as overlap_start,
  least(a.ended_at, b.ended_at) as overlap_end,
  round(extract(epoch from least(a.ended_at, b.ended_at) - greatest(a.started_at, b.started_at)) / 60, 1)
    as overlap_minutes
from driver_shifts a
join driver_shifts b
  on b.driver_id = a.driver_id
 and a.shift_id < b.shift_id
 and a.started_at < b.ended_at
 and b.started_at < a.ended_at
order by a.driver_id, a.shift_id, b.shift_id
