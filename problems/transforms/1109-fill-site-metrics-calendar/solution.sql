delete from site_metrics_daily;

insert into site_metrics_daily (metric_date, metric, value, is_filled)
select c.metric_date,
       c.metric,
       (select p.value
        from site_metrics p
        where p.metric = c.metric and p.metric_date <= c.metric_date
        order by p.metric_date desc
        limit 1),
       s.metric is null
from (
  select d::date as metric_date, m.metric
  from generate_series((select min(metric_date) from site_metrics),
                       (select max(metric_date) from site_metrics),
                       interval '1 day') as d
  cross join (select distinct metric from site_metrics) as m
) as c
left join site_metrics s on s.metric_date = c.metric_date and s.metric = c.metric;
