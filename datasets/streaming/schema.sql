-- streaming: a subscription video service for documentaries and courses (2024-01-01 .. 2025-06-30)

CREATE TABLE plans (
  plan_id            integer       PRIMARY KEY,
  name               varchar(20)   NOT NULL UNIQUE,
  monthly_price      numeric(6,2)  NOT NULL CHECK (monthly_price > 0),
  max_streams        integer       NOT NULL CHECK (max_streams >= 1),
  includes_downloads boolean       NOT NULL
);

CREATE TABLE users (
  user_id             integer      PRIMARY KEY,
  email               varchar(120) NOT NULL UNIQUE,
  country             varchar(2)   NOT NULL,
  signed_up_at        timestamp    NOT NULL,
  birth_year          integer      CHECK (birth_year BETWEEN 1900 AND 2010),
  acquisition_channel varchar(20)  NOT NULL
    CHECK (acquisition_channel IN ('organic', 'paid_search', 'social', 'referral', 'partner'))
);

-- [started_on, ended_on) is a half-open interval; ended_on NULL = still active on 2025-06-30
CREATE TABLE subscriptions (
  subscription_id integer     PRIMARY KEY,
  user_id         integer     NOT NULL REFERENCES users (user_id),
  plan_id         integer     NOT NULL REFERENCES plans (plan_id),
  started_on      date        NOT NULL,
  ended_on        date,
  cancel_reason   varchar(30),
  CHECK (ended_on IS NULL OR ended_on > started_on),
  CHECK (cancel_reason IS NULL OR ended_on IS NOT NULL)
);

CREATE TABLE payments (
  payment_id      integer      PRIMARY KEY,
  subscription_id integer      NOT NULL REFERENCES subscriptions (subscription_id),
  billed_on       date         NOT NULL,
  amount          numeric(6,2) NOT NULL CHECK (amount > 0),
  status          varchar(10)  NOT NULL CHECK (status IN ('paid', 'failed', 'refunded'))
);

CREATE TABLE channels (
  channel_id integer      PRIMARY KEY,
  name       varchar(80)  NOT NULL UNIQUE,
  category   varchar(20)  NOT NULL CHECK (category IN ('documentary', 'course'))
);

CREATE TABLE series (
  series_id  integer      PRIMARY KEY,
  channel_id integer      NOT NULL REFERENCES channels (channel_id),
  title      varchar(120) NOT NULL
);

CREATE TABLE videos (
  video_id         integer      PRIMARY KEY,
  channel_id       integer      NOT NULL REFERENCES channels (channel_id),
  series_id        integer      REFERENCES series (series_id),
  episode_no       integer      CHECK (episode_no >= 1),
  title            varchar(160) NOT NULL,
  genre            varchar(30)  NOT NULL,
  duration_seconds integer      NOT NULL CHECK (duration_seconds > 0),
  published_on     date         NOT NULL,
  CHECK ((series_id IS NULL) = (episode_no IS NULL)),
  UNIQUE (series_id, episode_no)
);

CREATE TABLE views (
  view_id         bigint      PRIMARY KEY,
  user_id         integer     NOT NULL REFERENCES users (user_id),
  video_id        integer     NOT NULL REFERENCES videos (video_id),
  started_at      timestamp   NOT NULL,
  watched_seconds integer     NOT NULL CHECK (watched_seconds >= 0),
  device          varchar(10) NOT NULL CHECK (device IN ('tv', 'phone', 'web', 'tablet'))
);

CREATE INDEX subscriptions_user_idx ON subscriptions (user_id, started_on);
CREATE INDEX payments_subscription_idx ON payments (subscription_id);
CREATE INDEX videos_series_idx ON videos (series_id);
CREATE INDEX views_user_started_idx ON views (user_id, started_at);
CREATE INDEX views_video_idx ON views (video_id);
