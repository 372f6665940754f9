-- warehouse: the data warehouse of Hollins & Vale, an invented home-and-garden retailer, as it stands before the
-- nightly load of 2025-06-03: source extracts and feeds (batches, snapshots, raw and bronze tables) next to the
-- tables the loads maintain. Timestamps are UTC (`timestamp` without time zone). No column draws from a sequence:
-- every key is given explicitly. Loose coupling on purpose: feeds may reference rows that do not exist.

create table stores (
  store_id   integer primary key,
  store_name varchar(60) not null unique,
  city       varchar(40) not null,
  opened_on  date not null
);

-- the product master (type 1: overwritten in place by each batch)
create table products (
  product_id   integer primary key,
  sku          varchar(12) not null unique,
  product_name varchar(80) not null,
  category     varchar(30),
  unit_price   numeric(10,2) check (unit_price > 0),
  is_active    boolean not null,
  updated_at   timestamp not null
);

-- the product-information system's export of 2025-06-02: new and changed products, and some unchanged ones
create table product_batch (
  product_id   integer primary key,
  sku          varchar(12) not null,
  product_name varchar(80) not null,
  category     varchar(30),
  unit_price   numeric(10,2) check (unit_price > 0),
  is_active    boolean not null,
  extracted_at timestamp not null
);

-- retired product ids and the product that replaced each (a replacement may itself be retired later)
create table product_id_map (
  old_product_id integer primary key,
  new_product_id integer not null,
  mapped_on      date not null,
  check (old_product_id <> new_product_id)
);

-- the type-2 customer dimension: one row per version, [valid_from, valid_to), valid_to NULL on the current row
create table dim_customer (
  customer_id  integer not null,
  email        varchar(120) not null,
  city         varchar(40) not null,
  loyalty_tier varchar(10) check (loyalty_tier in ('bronze', 'silver', 'gold')),
  valid_from   date not null,
  valid_to     date,
  is_current   boolean not null,
  primary key (customer_id, valid_from),
  check (valid_to > valid_from)
);

-- today's full extract of the CRM's customer table
create table customer_snapshot (
  customer_id   integer primary key,
  email         varchar(120) not null,
  city          varchar(40) not null,
  loyalty_tier  varchar(10) check (loyalty_tier in ('bronze', 'silver', 'gold')),
  snapshot_date date not null
);

-- the order service's change feed as landed: every version of an order, some delivered twice or out of order
create table raw_orders (
  ingest_id   bigint primary key,
  order_id    integer not null,
  version     integer not null check (version > 0),
  customer_id integer not null,
  status      varchar(12) not null,
  order_total numeric(10,2) not null,
  updated_at  timestamp not null,
  ingested_at timestamp not null
);

-- the clean orders table: one row per order, the latest version loaded so far
create table orders (
  order_id    integer primary key,
  customer_id integer not null,
  status      varchar(12) not null,
  order_total numeric(10,2) not null,
  version     integer not null check (version > 0),
  updated_at  timestamp not null
);

-- order lines; product_id has no foreign key on purpose: some lines point at retired or unknown products
create table order_lines (
  order_id   integer not null,
  line_no    integer not null,
  product_id integer not null,
  quantity   integer not null check (quantity > 0),
  unit_price numeric(10,2) not null,
  primary key (order_id, line_no)
);

-- lines set aside by a referential repair
create table order_lines_quarantine (
  order_id   integer not null,
  line_no    integer not null,
  product_id integer not null,
  quantity   integer not null,
  unit_price numeric(10,2) not null,
  reason     varchar(40) not null,
  primary key (order_id, line_no)
);

-- the sales fact table (one row per till sale) and its daily aggregate per store
create table sales_facts (
  sale_id    bigint primary key,
  sale_date  date not null,
  store_id   integer not null references stores (store_id),
  product_id integer not null,
  units      integer not null check (units > 0),
  amount     numeric(10,2) not null,
  loaded_at  timestamp not null
);

create table daily_sales (
  sale_date  date not null,
  store_id   integer not null references stores (store_id),
  units      integer not null,
  revenue    numeric(12,2) not null,
  sale_count integer not null,
  primary key (sale_date, store_id)
);

-- sales that reached the warehouse late (tills offline), some of them sent again though already loaded
create table late_sales (
  sale_id    bigint primary key,
  sale_date  date not null,
  store_id   integer not null references stores (store_id),
  product_id integer not null,
  units      integer not null check (units > 0),
  amount     numeric(10,2) not null,
  loaded_at  timestamp not null
);

-- clickstream as landed by micro-batches every 15 minutes (ingested_at), and its fact table loaded incrementally
create table web_events (
  event_id    bigint primary key,
  session_id  varchar(12) not null,
  user_id     integer,
  event_type  varchar(20) not null,
  event_ts    timestamp not null,
  ingested_at timestamp not null
);

create table fct_web_events (
  event_id    bigint primary key,
  session_id  varchar(12) not null,
  user_id     integer,
  event_type  varchar(20) not null,
  event_ts    timestamp not null,
  ingested_at timestamp not null
);

-- per incremental pipeline: everything its source holds up to high_watermark (inclusive) has been loaded
create table load_watermarks (
  pipeline       varchar(40) primary key,
  source_table   varchar(40) not null,
  high_watermark timestamp not null
);

-- customer accounts of the web shop; deleted_at set = soft-deleted
create table accounts (
  account_id integer primary key,
  email      varchar(120) not null,
  plan       varchar(10) not null check (plan in ('free', 'plus', 'pro')),
  created_at timestamp not null,
  deleted_at timestamp
);

-- the account service's feed of deletion and restore requests for 2025-06-01 .. 2025-06-02
create table account_deletions (
  request_id   integer primary key,
  account_id   integer not null,
  action       varchar(10) not null check (action in ('delete', 'restore')),
  requested_at timestamp not null,
  source       varchar(10) not null
);

-- end-of-day stock per product; a product without a row that day was not stocked
create table inventory_snapshots (
  snapshot_date date not null,
  product_id    integer not null,
  on_hand       integer not null check (on_hand >= 0),
  primary key (snapshot_date, product_id)
);

create table inventory_changes (
  product_id  integer not null,
  change_date date not null,
  change_type varchar(10) not null,
  old_on_hand integer,
  new_on_hand integer,
  primary key (product_id, change_date)
);

-- daily site metrics as the analytics job wrote them (days missing when the job did not run)
create table site_metrics (
  metric_date date not null,
  metric      varchar(20) not null,
  value       numeric(12,2) not null,
  primary key (metric_date, metric)
);

create table site_metrics_daily (
  metric_date date not null,
  metric      varchar(20) not null,
  value       numeric(12,2),
  is_filled   boolean not null,
  primary key (metric_date, metric)
);

-- bronze: newsletter and store sign-up forms exactly as received (all text)
create table bronze_signups (
  row_id          integer primary key,
  source_file     text not null,
  raw_email       text,
  raw_name        text,
  raw_country     text,
  raw_signup_date text,
  raw_plan        text
);

-- silver: cleaned sign-ups, and the bronze rows that could not be cleaned
create table silver_signups (
  row_id      integer primary key,
  email       varchar(120) not null,
  full_name   varchar(80),
  country     char(2) not null,
  signup_date date not null,
  plan        varchar(10) not null
);

create table rejected_signups (
  row_id integer primary key,
  reason varchar(30) not null
);

-- user attributes as key-value pairs, every change kept (the latest updated_at per key is the value in force)
create table user_attributes (
  user_id    integer not null,
  attr_key   varchar(30) not null,
  attr_value text,
  updated_at timestamp not null,
  primary key (user_id, attr_key, updated_at)
);

create table user_profiles (
  user_id          integer primary key,
  country          char(2),
  language         varchar(5),
  marketing_opt_in boolean,
  birth_year       integer,
  preferred_store  integer
);
