delete from user_profiles;

insert into user_profiles (user_id, country, language, marketing_opt_in, birth_year, preferred_store)
select user_id,
       (array_agg(attr_value order by updated_at desc) filter (where attr_key = 'country'))[1],
       (array_agg(attr_value order by updated_at desc) filter (where attr_key = 'language'))[1],
       (array_agg(attr_value order by updated_at desc) filter (where attr_key = 'marketing_opt_in'))[1]::boolean,
       (array_agg(attr_value order by updated_at desc) filter (where attr_key = 'birth_year'))[1]::integer,
       (array_agg(attr_value order by updated_at desc) filter (where attr_key = 'preferred_store'))[1]::integer
from user_attributes
group by user_id;
