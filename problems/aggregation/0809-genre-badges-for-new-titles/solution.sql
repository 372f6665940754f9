select t.title_id,
       t.name,
       array_agg(g.name order by tg.is_primary desc, g.name) as genres,
       count(*) as genre_count
from titles t
join title_genres tg on tg.title_id = t.title_id
join genres g on g.genre_id = tg.genre_id
where t.added_on >= '2024-01-01'
group by t.title_id, t.name
order by t.title_id
