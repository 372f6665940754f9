-- payments: Kestrel Pay, a fictional card-payments processor for small merchants (2024-01-01 .. 2025-06-30)

create table fx_rates (
  currency      varchar(3)    not null check (currency in ('EUR', 'GBP', 'CAD', 'MXN')),
  rate_date     date          not null,
  usd_per_unit  numeric(12,6) not null check (usd_per_unit > 0),
  primary key (currency, rate_date)
);

create table merchants (
  merchant_id   integer     primary key,
  name          text        not null,
  mcc           varchar(4)  not null check (mcc ~ '^[0-9]{4}$'),
  mcc_category  text        not null,
  country       varchar(2)  not null,
  city          text        not null,
  onboarded_on  date        not null
);

create table customers (
  customer_id   integer     primary key,
  full_name     text        not null,
  email         text        unique,
  country       varchar(2)  not null,
  created_at    timestamp   not null
);

create table account_status_events (
  event_id      bigint      primary key,
  customer_id   integer     not null references customers (customer_id),
  status        text        not null check (status in ('active', 'under_review', 'suspended', 'closed')),
  changed_at    timestamp   not null,
  received_at   timestamp   not null,
  check (received_at >= changed_at)
);

create table cards (
  card_id       integer     primary key,
  customer_id   integer     not null references customers (customer_id),
  brand         text        not null check (brand in ('visa', 'mastercard', 'amex', 'discover')),
  funding       text        not null check (funding in ('credit', 'debit', 'prepaid')),
  last4         varchar(4)  not null check (last4 ~ '^[0-9]{4}$'),
  issued_on     date        not null,
  expires_on    date        not null,
  check (expires_on > issued_on)
);

create table transactions (
  txn_id         bigint        primary key,
  card_id        integer       not null references cards (card_id),
  merchant_id    integer       not null references merchants (merchant_id),
  amount         numeric(12,2) not null check (amount > 0),
  currency       varchar(3)    not null check (currency in ('USD', 'EUR', 'GBP', 'CAD', 'MXN')),
  created_at     timestamp     not null,
  status         text          not null check (status in ('approved', 'declined', 'reversed')),
  decline_reason text,
  check ((status = 'declined') = (decline_reason is not null))
);

create table refunds (
  refund_id     integer       primary key,
  txn_id        bigint        not null references transactions (txn_id),
  amount        numeric(12,2) not null check (amount > 0),
  reason        text          not null,
  refunded_at   timestamp     not null
);

create table merchant_ledger_entries (
  entry_id      bigint        primary key,
  merchant_id   integer       not null references merchants (merchant_id),
  posted_at     timestamp     not null,
  entry_type    text          not null check (entry_type in ('settlement', 'fee', 'refund', 'chargeback', 'payout', 'adjustment')),
  amount        numeric(12,2) not null check (amount <> 0),
  currency      varchar(3)    not null,
  txn_id        bigint        references transactions (txn_id),
  refund_id     integer       references refunds (refund_id),
  check (
    (entry_type = 'settlement' and amount > 0)
    or (entry_type in ('fee', 'refund', 'chargeback', 'payout') and amount < 0)
    or entry_type = 'adjustment'
  ),
  check ((entry_type = 'refund') = (refund_id is not null)),
  check ((entry_type = 'chargeback') = (txn_id is not null))
);

create index account_status_events_customer_idx on account_status_events (customer_id, changed_at);
create index cards_customer_idx on cards (customer_id);
create index transactions_card_idx on transactions (card_id, created_at);
create index transactions_merchant_idx on transactions (merchant_id, created_at);
create index refunds_txn_idx on refunds (txn_id);
create index merchant_ledger_entries_merchant_idx on merchant_ledger_entries (merchant_id, posted_at);
