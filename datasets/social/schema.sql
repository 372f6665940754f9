-- social: a small social network for hobby photographers (2024-01-01 .. 2025-06-30, timestamps in UTC)

create table users (
  user_id      integer primary key,
  handle       varchar(30) not null unique,
  display_name varchar(60) not null,
  country      varchar(2),
  joined_at    timestamp not null,
  is_verified  boolean not null default false,
  check (joined_at >= '2024-01-01' and joined_at < '2025-07-01')
);

create table follows (
  follower_id integer not null references users (user_id),
  followee_id integer not null references users (user_id),
  followed_at timestamp not null,
  primary key (follower_id, followee_id),
  check (follower_id <> followee_id)
);

create index follows_followee_idx on follows (followee_id);

create table posts (
  post_id          integer primary key,
  user_id          integer not null references users (user_id),
  created_at       timestamp not null,
  kind             varchar(10) not null check (kind in ('photo', 'album', 'text')),
  photo_count      integer not null,
  caption          text,
  reply_to_post_id integer references posts (post_id),
  check ((kind = 'text' and photo_count = 0) or (kind = 'photo' and photo_count = 1) or (kind = 'album' and photo_count between 2 and 10)),
  check (kind <> 'text' or caption is not null),
  check (reply_to_post_id is null or reply_to_post_id < post_id)
);

create index posts_user_idx on posts (user_id);
create index posts_reply_to_idx on posts (reply_to_post_id);

create table likes (
  user_id  integer not null references users (user_id),
  post_id  integer not null references posts (post_id),
  liked_at timestamp not null,
  primary key (user_id, post_id)
);

create index likes_post_idx on likes (post_id);

create table logins (
  login_id     integer primary key,
  user_id      integer not null references users (user_id),
  logged_in_at timestamp not null,
  device       varchar(10) not null check (device in ('ios', 'android', 'web')),
  unique (user_id, logged_in_at)
);

create table app_events (
  event_id    integer primary key,
  user_id     integer not null references users (user_id),
  event_type  varchar(30) not null check (event_type in ('app_open', 'feed_view', 'post_view', 'profile_view', 'search',
                                                         'notification_open', 'like', 'follow', 'post_create', 'reply_create')),
  occurred_at timestamp not null,
  post_id     integer references posts (post_id),
  check (occurred_at >= '2025-06-01' and occurred_at < '2025-07-01')
);

create index app_events_user_time_idx on app_events (user_id, occurred_at);
