select v.series_id,
       v.episode_no,
       v.title,
       lag(v.title) over w as previous_title,
       lead(v.title) over w as next_title,
       last_value(v.title) over (w rows between unbounded preceding and unbounded following) as final_episode_title
from videos v
join series s on s.series_id = v.series_id
join channels c on c.channel_id = s.channel_id
where c.category = 'documentary'
window w as (partition by v.series_id order by v.episode_no)
order by v.series_id, v.episode_no
