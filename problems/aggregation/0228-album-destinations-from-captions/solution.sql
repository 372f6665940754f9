with parsed as (
  select p.post_id, p.user_id, p.photo_count,
         coalesce(substring(p.caption from '^Weekend in (.+): [0-9]+ photos\.$'),
                  substring(p.caption from '^[0-9]+ frames from (.+)\.$'),
                  substring(p.caption from '^(.+), part [0-9]+\.$'),
                  substring(p.caption from '^Contact sheet picks, (.+)\.$')) as raw_place
  from posts p
  where p.kind = 'album'
)
select regexp_replace(raw_place, '^the ', '') as place,
       count(*) as albums,
       count(distinct user_id) as members,
       sum(photo_count) as photos
from parsed
where raw_place is not null
group by regexp_replace(raw_place, '^the ', '')
order by albums desc, place
