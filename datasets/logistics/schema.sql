-- logistics: ParcelKite, an invented parcel carrier in the Benelux, western Germany and northern France,
-- extracted on 2025-07-01 00:00 UTC: customers, depots, 18 months of shipments, the scan log of the last
-- three and a half months, and claims (timestamps in UTC, `timestamp` without time zone).
-- Only primary keys are indexed: the performance drills are about adding the indexes a query needs.

create table depots (
  depot_id     integer     primary key,
  depot_code   varchar(6)  not null,
  city         text        not null,
  country      varchar(2)  not null,
  hub_depot_id integer     references depots (depot_id),   -- NULL for the five hubs themselves
  opened_on    date        not null
);

create table customers (
  customer_id   integer     primary key,
  customer_name text        not null,
  segment       varchar(8)  not null check (segment in ('business', 'consumer')),
  home_depot_id integer     not null references depots (depot_id),
  signed_up_at  timestamp   not null
);

-- shipment_id follows created_at; tracking_code is unique ignoring case, but stored as it was entered
create table shipments (
  shipment_id          integer       primary key,
  tracking_code        varchar(13)   not null,
  customer_id          integer       not null references customers (customer_id),
  origin_depot_id      integer       not null references depots (depot_id),
  destination_depot_id integer       not null references depots (depot_id),
  service_level        varchar(8)    not null check (service_level in ('same_day', 'express', 'standard', 'economy')),
  status               varchar(16)   not null
                       check (status in ('pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned', 'lost', 'cancelled')),
  weight_kg            numeric(5,2)  check (weight_kg > 0),     -- NULL until the parcel is weighed at pick-up
  declared_value       numeric(8,2)  not null check (declared_value > 0),
  created_at           timestamp     not null,
  promised_date        date          not null,
  delivered_at         timestamp,                              -- set exactly when status = 'delivered'
  check ((status = 'delivered') = (delivered_at is not null))
);

-- event_id follows scanned_at (ties broken by shipment); the log keeps scans from 2025-03-16 on
create table scan_events (
  event_id    bigint       primary key,
  shipment_id integer      not null references shipments (shipment_id),
  depot_id    integer      not null references depots (depot_id),
  scanned_at  timestamp    not null,
  event_type  varchar(20)  not null
              check (event_type in ('picked_up', 'departed', 'arrived', 'out_for_delivery', 'delivered', 'delivery_failed',
                                    'returned_to_sender', 'exception', 'declared_lost'))
);

create table claims (
  claim_id       integer       primary key,
  shipment_id    integer       references shipments (shipment_id),   -- NULL when the claim was filed without a tracking code
  customer_id    integer       not null references customers (customer_id),
  filed_at       timestamp     not null,
  reason         varchar(12)   not null check (reason in ('damaged', 'lost', 'late', 'missing_item')),
  amount_claimed numeric(8,2)  not null check (amount_claimed > 0),
  status         varchar(8)    not null check (status in ('open', 'approved', 'rejected', 'paid'))
);
