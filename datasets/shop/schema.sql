-- shop: an online store for home and outdoor goods (amounts in EUR, timestamps in UTC)

CREATE TABLE customers (
  customer_id  integer      PRIMARY KEY,
  full_name    varchar(100) NOT NULL,
  email        varchar(150) NOT NULL UNIQUE,
  country      varchar(40)  NOT NULL,
  signup_date  date         NOT NULL,
  referred_by  integer      REFERENCES customers (customer_id),
  CHECK (referred_by <> customer_id)
);

CREATE TABLE categories (
  category_id  integer     PRIMARY KEY,
  name         varchar(60) NOT NULL UNIQUE,
  parent_id    integer     REFERENCES categories (category_id),
  CHECK (parent_id <> category_id)
);

CREATE TABLE products (
  product_id   integer       PRIMARY KEY,
  sku          varchar(20)   NOT NULL UNIQUE,
  name         varchar(100)  NOT NULL,
  category_id  integer       NOT NULL REFERENCES categories (category_id),
  list_price   numeric(10,2) NOT NULL CHECK (list_price > 0),
  unit_cost    numeric(10,2) NOT NULL CHECK (unit_cost > 0),
  launched_on  date          NOT NULL,
  discontinued boolean       NOT NULL DEFAULT false
);

CREATE TABLE bundle_components (
  bundle_product_id    integer NOT NULL REFERENCES products (product_id),
  component_product_id integer NOT NULL REFERENCES products (product_id),
  quantity             integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (bundle_product_id, component_product_id),
  CHECK (bundle_product_id <> component_product_id)
);

CREATE TABLE orders (
  order_id     integer     PRIMARY KEY,
  customer_id  integer     NOT NULL REFERENCES customers (customer_id),
  ordered_at   timestamp   NOT NULL,
  status       varchar(12) NOT NULL CHECK (status IN ('placed', 'shipped', 'delivered', 'cancelled', 'returned')),
  channel      varchar(10) NOT NULL CHECK (channel IN ('web', 'app')),
  ship_country varchar(40) NOT NULL,
  shipped_at   timestamp,
  delivered_at timestamp,
  CHECK (shipped_at >= ordered_at),
  CHECK (delivered_at >= shipped_at),
  CHECK (delivered_at IS NULL OR shipped_at IS NOT NULL)
);

CREATE TABLE order_items (
  order_id     integer       NOT NULL REFERENCES orders (order_id),
  line_no      integer       NOT NULL CHECK (line_no > 0),
  product_id   integer       NOT NULL REFERENCES products (product_id),
  quantity     integer       NOT NULL CHECK (quantity > 0),
  unit_price   numeric(10,2) NOT NULL CHECK (unit_price >= 0),
  discount_pct numeric(5,2)  NOT NULL DEFAULT 0 CHECK (discount_pct >= 0 AND discount_pct <= 100),
  PRIMARY KEY (order_id, line_no),
  UNIQUE (order_id, product_id)
);

CREATE TABLE returns (
  return_id     integer       PRIMARY KEY,
  order_id      integer       NOT NULL,
  product_id    integer       NOT NULL,
  quantity      integer       NOT NULL CHECK (quantity > 0),
  returned_on   date          NOT NULL,
  reason        varchar(30),
  refund_amount numeric(10,2) NOT NULL CHECK (refund_amount >= 0),
  FOREIGN KEY (order_id, product_id) REFERENCES order_items (order_id, product_id)
);

CREATE TABLE web_events (
  event_id    integer     PRIMARY KEY,
  session_id  varchar(16) NOT NULL,
  customer_id integer     REFERENCES customers (customer_id),
  device      varchar(10) NOT NULL CHECK (device IN ('desktop', 'mobile', 'tablet')),
  event_type  varchar(20) NOT NULL CHECK (event_type IN ('page_view', 'product_view', 'add_to_cart', 'checkout', 'purchase')),
  product_id  integer     REFERENCES products (product_id),
  order_id    integer     REFERENCES orders (order_id),
  occurred_at timestamp   NOT NULL,
  CHECK ((product_id IS NOT NULL) = (event_type IN ('product_view', 'add_to_cart'))),
  CHECK ((order_id IS NOT NULL) = (event_type = 'purchase'))
);

CREATE INDEX customers_referred_by_idx ON customers (referred_by);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);
CREATE INDEX products_category_id_idx ON products (category_id);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_ordered_at_idx ON orders (ordered_at);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);
CREATE INDEX returns_order_id_idx ON returns (order_id);
CREATE INDEX web_events_session_id_idx ON web_events (session_id);
CREATE INDEX web_events_occurred_at_idx ON web_events (occurred_at);
