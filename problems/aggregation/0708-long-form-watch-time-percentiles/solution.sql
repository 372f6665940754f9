select w.device,
       count(*) as views,
       round((percentile_cont(0.5) within group (order by w.watch_seconds))::numeric, 1) as median_watch_seconds,
       round((percentile_cont(0.75) within group (order by w.watch_seconds))::numeric, 1) as p75_watch_seconds
from views w
join videos v on v.video_id = w.video_id
where not v.is_short
group by w.device
order by w.device
