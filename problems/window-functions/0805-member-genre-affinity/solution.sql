with member_totals as (
  select user_id, sum(minutes_watched) as total_minutes
  from plays
  group by user_id
  having sum(minutes_watched) >= 600
),
genre_minutes as (
  select p.user_id, g.name as genre, sum(p.minutes_watched) as genre_minutes
  from plays p
  join title_genres tg on tg.title_id = p.title_id
  join genres g on g.genre_id = tg.genre_id
  group by p.user_id, g.name
),
ranked as (
  select user_id, genre, genre_minutes,
         rank() over (partition by user_id order by genre_minutes desc) as rnk
  from genre_minutes
)
select r.user_id,
       r.genre as top_genre,
       r.genre_minutes,
       m.total_minutes,
       round(100.0 * r.genre_minutes / m.total_minutes, 1) as share_pct
from ranked r
join member_totals m on m.user_id = r.user_id
where r.rnk = 1
order by r.user_id, r.genre
