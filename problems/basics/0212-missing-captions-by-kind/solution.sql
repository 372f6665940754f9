select kind,
       count(*) as posts,
       count(*) filter (where coalesce(trim(caption), '') = '') as missing_captions,
       round(100.0 * count(*) filter (where coalesce(trim(caption), '') = '') / count(*), 1) as missing_pct
from posts
group by kind
order by missing_pct desc, kind
