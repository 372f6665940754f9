select title_id,
       name,
       kind,
       runtime_minutes,
       runtime_minutes / 60 as hours,
       runtime_minutes % 60 as minutes,
       (runtime_minutes / 60) || 'h ' || lpad((runtime_minutes % 60)::text, 2, '0') || 'm' as runtime_label
from titles
where added_on >= '2024-01-01'
  and runtime_minutes is not null
order by runtime_minutes desc, title_id
