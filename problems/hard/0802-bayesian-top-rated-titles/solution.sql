with latest as (
  select distinct on (user_id, title_id) user_id, title_id, stars
  from ratings
  order by user_id, title_id, rated_at desc, rating_id desc
),
current_ratings as (
  select title_id, stars from latest where stars is not null
),
prior as (
  select avg(stars) as mean_stars from current_ratings
),
per_title as (
  select title_id, count(*) as n, sum(stars) as total_stars
  from current_ratings
  group by title_id
)
select t.title_id, t.name, p.n as ratings,
       round(p.total_stars / p.n, 2) as avg_stars,
       round((10 * pr.mean_stars + p.total_stars) / (10 + p.n), 3) as weighted_score
from per_title p
cross join prior pr
join titles t on t.title_id = p.title_id
order by (10 * pr.mean_stars + p.total_stars) / (10 + p.n) desc, t.title_id desc
limit 10
