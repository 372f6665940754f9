-- tweets: a microblogging stream from Port Calder, an invented harbour city (tweets 2025-03-01 .. 2025-04-30;
-- timestamps in UTC, `timestamp` without time zone; accounts.timezone is the account's IANA zone, NULL when not set)

create table accounts (
  account_id   integer primary key,
  handle       varchar(15) not null check (handle ~ '^[A-Za-z0-9_]{1,15}$'),
  display_name varchar(50) not null,
  created_at   timestamp not null,
  timezone     varchar(40),
  is_verified  boolean not null
);

-- handles are unique regardless of case
create unique index accounts_handle_lower_idx on accounts (lower(handle));

create table follows (
  follower_id integer not null references accounts (account_id),
  followee_id integer not null references accounts (account_id),
  followed_at timestamp not null,
  primary key (follower_id, followee_id),
  check (follower_id <> followee_id)
);

-- a retweet is a row of its own: text 'RT @handle: ' + the original text (cut to 280 characters, ending in '…')
create table tweets (
  tweet_id            bigint primary key,
  account_id          integer not null references accounts (account_id),
  created_at          timestamp not null,
  text                text not null check (char_length(text) between 1 and 280),
  lang                varchar(3) not null,
  source              varchar(10) not null check (source in ('web', 'ios', 'android', 'api')),
  reply_to_tweet_id   bigint references tweets (tweet_id),
  retweet_of_tweet_id bigint references tweets (tweet_id),
  deleted_at          timestamp,
  entities            jsonb,
  check (reply_to_tweet_id is null or retweet_of_tweet_id is null),
  check (reply_to_tweet_id < tweet_id and retweet_of_tweet_id < tweet_id),
  check (deleted_at > created_at)
);

create table likes (
  account_id integer not null references accounts (account_id),
  tweet_id   bigint not null references tweets (tweet_id),
  liked_at   timestamp not null,
  primary key (account_id, tweet_id)
);

create index follows_followee_idx on follows (followee_id);
create index tweets_account_idx on tweets (account_id, created_at);
create index tweets_reply_to_idx on tweets (reply_to_tweet_id);
create index tweets_retweet_of_idx on tweets (retweet_of_tweet_id);
create index likes_tweet_idx on likes (tweet_id);
