-- catalog: a film and series catalogue with ratings, recommendation slates, clicks and plays
-- (activity 2024-01-01 .. 2024-06-30; timestamps in UTC, `timestamp` without time zone)

create table genres (
  genre_id integer primary key,
  name     varchar(30) not null unique
);

create table titles (
  title_id        integer primary key,
  name            varchar(120) not null,
  kind            varchar(12) not null check (kind in ('film', 'series', 'documentary', 'special')),
  release_year    integer check (release_year between 1900 and 2024),
  runtime_minutes integer check (runtime_minutes > 0),
  maturity_rating varchar(4) not null check (maturity_rating in ('all', '7+', '13+', '16+', '18+')),
  added_on        date not null,
  removed_on      date,
  check ((kind = 'series') = (runtime_minutes is null)),
  check (removed_on > added_on)
);

create table title_genres (
  title_id   integer not null references titles (title_id),
  genre_id   integer not null references genres (genre_id),
  is_primary boolean not null,
  primary key (title_id, genre_id)
);

create unique index title_genres_one_primary_idx on title_genres (title_id) where is_primary;

create table users (
  user_id      integer primary key,
  country      varchar(2) not null,
  signed_up_at timestamp not null
);

-- every rating event; the latest row per (user_id, title_id) is the current rating, stars NULL = rating cleared
create table ratings (
  rating_id integer primary key,
  user_id   integer not null references users (user_id),
  title_id  integer not null references titles (title_id),
  stars     numeric(2,1) check (stars between 0.5 and 5.0 and stars * 2 = trunc(stars * 2)),
  rated_at  timestamp not null
);

create table rec_slates (
  slate_id      integer primary key,
  user_id       integer not null references users (user_id),
  served_at     timestamp not null,
  surface       varchar(20) not null check (surface in ('home_row', 'because_you_watched', 'post_play')),
  model_version varchar(10) not null
);

create table rec_impressions (
  slate_id integer not null references rec_slates (slate_id),
  position integer not null check (position between 1 and 10),
  title_id integer not null references titles (title_id),
  score    numeric(5,4) not null check (score > 0 and score < 1),
  primary key (slate_id, position),
  unique (slate_id, title_id)
);

create table rec_clicks (
  click_id   integer primary key,
  slate_id   integer not null,
  position   integer not null,
  clicked_at timestamp not null,
  foreign key (slate_id, position) references rec_impressions (slate_id, position)
);

-- click_id set when the play started from a recommendation click, NULL for browse and search
create table plays (
  play_id         integer primary key,
  user_id         integer not null references users (user_id),
  title_id        integer not null references titles (title_id),
  started_at      timestamp not null,
  minutes_watched integer not null check (minutes_watched > 0),
  device          varchar(10) not null check (device in ('tv', 'web', 'mobile', 'tablet')),
  click_id        integer unique references rec_clicks (click_id)
);

create index title_genres_genre_idx on title_genres (genre_id);
create index ratings_user_title_idx on ratings (user_id, title_id, rated_at);
create index ratings_title_idx on ratings (title_id);
create index rec_slates_user_idx on rec_slates (user_id, served_at);
create index rec_impressions_title_idx on rec_impressions (title_id);
create index rec_clicks_slate_idx on rec_clicks (slate_id, position);
create index plays_user_idx on plays (user_id, started_at);
create index plays_title_idx on plays (title_id);
