create table cities (
  city_id     integer primary key,
  name        varchar(60) not null unique,
  country     varchar(60) not null,
  launched_on date not null
);

create table riders (
  rider_id    integer primary key,
  full_name   varchar(120) not null,
  city_id     integer not null references cities (city_id),
  signup_date date not null,
  referred_by integer references riders (rider_id),
  check (referred_by <> rider_id)
);

create table drivers (
  driver_id    integer primary key,
  full_name    varchar(120) not null,
  city_id      integer not null references cities (city_id),
  vehicle_type varchar(20) not null check (vehicle_type in ('economy', 'comfort', 'electric', 'xl')),
  joined_on    date not null,
  is_active    boolean not null
);

create table driver_shifts (
  shift_id   integer primary key,
  driver_id  integer not null references drivers (driver_id),
  started_at timestamp not null,
  ended_at   timestamp not null,
  check (ended_at > started_at)
);

create table surge_windows (
  surge_id   integer primary key,
  city_id    integer not null references cities (city_id),
  started_at timestamp not null,
  ended_at   timestamp not null,
  multiplier numeric(3,2) not null check (multiplier > 1.00),
  check (ended_at > started_at)
);

create table trips (
  trip_id          integer primary key,
  rider_id         integer not null references riders (rider_id),
  driver_id        integer references drivers (driver_id),
  city_id          integer not null references cities (city_id),
  requested_at     timestamp not null,
  accepted_at      timestamp,
  pickup_at        timestamp,
  dropoff_at       timestamp,
  status           varchar(20) not null
                   check (status in ('completed', 'cancelled_by_rider', 'cancelled_by_driver', 'no_driver')),
  distance_km      numeric(6,2) check (distance_km > 0),
  fare             numeric(8,2) check (fare > 0),
  surge_multiplier numeric(3,2) not null default 1.00 check (surge_multiplier >= 1.00),
  payment_method   varchar(10) not null check (payment_method in ('card', 'wallet', 'cash')),
  check ((driver_id is null) = (accepted_at is null)),
  check (accepted_at >= requested_at),
  check (pickup_at >= accepted_at),
  check (dropoff_at > pickup_at),
  check (status <> 'no_driver' or driver_id is null),
  check (status <> 'completed' or (driver_id is not null and pickup_at is not null and dropoff_at is not null
                                   and distance_km is not null and fare is not null)),
  check (status = 'completed' or (pickup_at is null and dropoff_at is null and distance_km is null))
);

create table trip_ratings (
  trip_id         integer primary key references trips (trip_id),
  stars_by_rider  integer check (stars_by_rider between 1 and 5),
  stars_by_driver integer check (stars_by_driver between 1 and 5),
  check (stars_by_rider is not null or stars_by_driver is not null)
);

create index trips_driver_requested_idx on trips (driver_id, requested_at);
create index trips_rider_requested_idx on trips (rider_id, requested_at);
create index trips_city_requested_idx on trips (city_id, requested_at);
create index driver_shifts_driver_idx on driver_shifts (driver_id, started_at);
create index surge_windows_city_idx on surge_windows (city_id, started_at);
create index riders_referred_by_idx on riders (referred_by);
