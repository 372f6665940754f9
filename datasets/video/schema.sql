-- video: a video-sharing platform's channels, uploads, views, subscriptions, reactions and comments
-- (views 2024-10-01 .. 2025-03-31; timestamps in UTC, `timestamp` without time zone; users.timezone is each viewer's IANA zone)

create table users (
  user_id      integer primary key,
  username     varchar(30) not null unique,
  country      varchar(2) not null,
  timezone     varchar(40) not null,
  signed_up_at timestamp not null,
  birth_year   integer check (birth_year between 1900 and 2015)
);

create table channels (
  channel_id    integer primary key,
  owner_user_id integer not null references users (user_id),
  handle        varchar(30) not null unique check (handle = lower(handle)),
  name          varchar(80) not null unique,
  category      varchar(20) not null
                check (category in ('gaming', 'music', 'education', 'cooking', 'travel', 'tech', 'fitness', 'comedy', 'diy')),
  country       varchar(2) not null,
  created_at    timestamp not null
);

create table videos (
  video_id         integer primary key,
  channel_id       integer not null references channels (channel_id),
  title            varchar(160) not null,
  category         varchar(20) not null
                   check (category in ('gaming', 'music', 'education', 'cooking', 'travel', 'tech', 'fitness', 'comedy', 'diy')),
  duration_seconds integer not null check (duration_seconds > 0),
  is_short         boolean not null,
  uploaded_at      timestamp not null,
  published_at     timestamp,
  visibility       varchar(10) not null check (visibility in ('public', 'unlisted', 'private')),
  check (published_at >= uploaded_at),
  check (published_at is not null or visibility = 'private'),
  check (not is_short or duration_seconds <= 60)
);

create table views (
  view_id        bigint primary key,
  video_id       integer not null references videos (video_id),
  user_id        integer references users (user_id),
  started_at     timestamp not null,
  watch_seconds  integer not null check (watch_seconds >= 0),
  device         varchar(10) not null check (device in ('mobile', 'desktop', 'tv', 'tablet')),
  traffic_source varchar(20) not null
                 check (traffic_source in ('home', 'search', 'suggested', 'subscriptions', 'shorts_feed', 'external', 'direct'))
);

-- one row per subscription stretch: [subscribed_at, unsubscribed_at); unsubscribed_at NULL = still subscribed
create table subscriptions (
  subscription_id integer primary key,
  user_id         integer not null references users (user_id),
  channel_id      integer not null references channels (channel_id),
  subscribed_at   timestamp not null,
  unsubscribed_at timestamp,
  unique (user_id, channel_id, subscribed_at),
  check (unsubscribed_at > subscribed_at)
);

-- the current reaction of a user to a video (changing it overwrites the row)
create table reactions (
  user_id    integer not null references users (user_id),
  video_id   integer not null references videos (video_id),
  reaction   varchar(7) not null check (reaction in ('like', 'dislike')),
  reacted_at timestamp not null,
  primary key (user_id, video_id)
);

create table comments (
  comment_id        integer primary key,
  video_id          integer not null references videos (video_id),
  user_id           integer not null references users (user_id),
  parent_comment_id integer references comments (comment_id),
  created_at        timestamp not null,
  body              text,
  check (parent_comment_id < comment_id)
);

create index channels_owner_idx on channels (owner_user_id);
create index videos_channel_idx on videos (channel_id, published_at);
create index views_video_idx on views (video_id, started_at);
create index views_user_idx on views (user_id, started_at);
create index subscriptions_channel_idx on subscriptions (channel_id, subscribed_at);
create index reactions_video_idx on reactions (video_id);
create index comments_video_idx on comments (video_id, created_at);
create index comments_parent_idx on comments (parent_comment_id);
