-- cobro store schema, version 1. Runs inside the migration transaction with search_path set to the store's schema.
-- Every text column sorts bytewise (COLLATE "C"): ids page in the same order in every locale and as in JS.
-- Money is integer minor units (bigint), instants timestamptz, calendar dates date, documents jsonb: no float.

CREATE TABLE customers (
  id text COLLATE "C" PRIMARY KEY,
  phone text COLLATE "C" NOT NULL,
  whatsapp_user_id text COLLATE "C",
  document jsonb NOT NULL
);
CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_whatsapp_user_id ON customers (whatsapp_user_id) WHERE whatsapp_user_id IS NOT NULL;

CREATE TABLE invoices (
  id text COLLATE "C" PRIMARY KEY,
  number text COLLATE "C" NOT NULL UNIQUE,
  customer_id text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  currency text COLLATE "C" NOT NULL,
  issue_date date NOT NULL,
  due_date date NOT NULL,
  first_due_date date NOT NULL,
  total_minor bigint NOT NULL,
  balance_minor bigint NOT NULL,
  overpaid_minor bigint NOT NULL,
  version integer NOT NULL,
  document jsonb NOT NULL
);
CREATE INDEX invoices_customer_status ON invoices (customer_id, status, id);
CREATE INDEX invoices_status_first_due ON invoices (status, first_due_date);

-- One row per applied provider payment: the unique key is what stops a payment being booked on two invoices.
CREATE TABLE invoice_payments (
  provider text COLLATE "C" NOT NULL,
  provider_payment_id text COLLATE "C" NOT NULL,
  invoice_id text COLLATE "C" NOT NULL,
  amount_minor bigint NOT NULL,
  PRIMARY KEY (provider, provider_payment_id)
);
CREATE INDEX invoice_payments_invoice ON invoice_payments (invoice_id);

CREATE TABLE payment_links (
  provider text COLLATE "C" NOT NULL,
  link_id text COLLATE "C" NOT NULL,
  invoice_id text COLLATE "C" NOT NULL,
  installment_id text COLLATE "C",
  url text COLLATE "C" NOT NULL,
  amount_minor bigint NOT NULL,
  currency text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  state text COLLATE "C" NOT NULL,
  PRIMARY KEY (provider, link_id)
);
CREATE INDEX payment_links_invoice ON payment_links (invoice_id, created_at);

CREATE TABLE messages (
  id text COLLATE "C" PRIMARY KEY,
  direction text COLLATE "C" NOT NULL,
  customer_id text COLLATE "C" NOT NULL,
  invoice_id text COLLATE "C",
  related_invoice_ids text[],
  channel text COLLATE "C" NOT NULL,
  channel_message_id text COLLATE "C" UNIQUE,
  outbox_key text COLLATE "C",
  kind text COLLATE "C" NOT NULL,
  message_key text COLLATE "C",
  stage text COLLATE "C",
  status text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL,
  status_at timestamptz NOT NULL,
  error jsonb,
  body text COLLATE "C",
  details jsonb
);
CREATE INDEX messages_customer_created ON messages (customer_id, created_at);
CREATE INDEX messages_outbox_key ON messages (outbox_key) WHERE outbox_key IS NOT NULL;

-- Delivery statuses that arrived before their message was logged.
CREATE TABLE early_statuses (
  channel_message_id text COLLATE "C" PRIMARY KEY,
  status text COLLATE "C" NOT NULL,
  status_at timestamptz NOT NULL,
  error jsonb
);

-- The audit log's sequence is an identity (a sequence, cache 1): appends take their numbers without a row lock, so
-- concurrent sends never queue on one counter. Numbers are dense unless a statement fails after taking one (a gap,
-- never a reuse). A number may be taken before a lower one commits, so listAudit reads under a SHARE lock on the table,
-- which waits for every append in flight (each holds ROW EXCLUSIVE from before it takes a number): a reader tailing
-- with afterSequence never skips an entry that commits later with a lower number.
CREATE TABLE audit (
  sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text COLLATE "C" NOT NULL,
  action text COLLATE "C" NOT NULL,
  invoice_id text COLLATE "C",
  customer_id text COLLATE "C",
  details jsonb
);
CREATE INDEX audit_invoice ON audit (invoice_id, sequence) WHERE invoice_id IS NOT NULL;
CREATE INDEX audit_customer ON audit (customer_id, sequence) WHERE customer_id IS NOT NULL;

CREATE TABLE idempotency_keys (
  key text COLLATE "C" PRIMARY KEY,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz
);

CREATE TABLE claims (
  key text COLLATE "C" PRIMARY KEY,
  owner text COLLATE "C" NOT NULL,
  lease_expires_at timestamptz NOT NULL,
  completed boolean NOT NULL DEFAULT false
);

CREATE TABLE outbox (
  key text COLLATE "C" PRIMARY KEY,
  invoice_id text COLLATE "C" NOT NULL,
  stage text COLLATE "C" NOT NULL,
  customer_id text COLLATE "C" NOT NULL,
  state text COLLATE "C" NOT NULL,
  payload jsonb NOT NULL,
  attempts integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  not_before timestamptz,
  owner text COLLATE "C",
  lease_expires_at timestamptz,
  channel_message_id text COLLATE "C",
  sent_at timestamptz,
  last_error jsonb
);
CREATE INDEX outbox_customer_created ON outbox (customer_id, created_at, key);
-- Without `sent`, the state every send ends in, nor `sending`, the one every send passes through: each would leave a
-- dead entry per send until vacuum, and a bitmap scan (which never marks entries dead) reads them all. The planner,
-- seeing few live rows in a state, takes that scan to settle a batch of sends, and read 30,000 entries per batch in
-- the scale-out benchmark. The lists this serves (what is pending, held for review or failed) stay small; the
-- entries being sent are found by `outbox_sending_lease`.
CREATE INDEX outbox_state_created ON outbox (state, created_at, key) WHERE state NOT IN ('sent', 'sending');
CREATE INDEX outbox_invoice ON outbox (invoice_id);
CREATE INDEX outbox_sending_lease ON outbox (lease_expires_at) WHERE state = 'sending';

-- The due index: per customer, the next instant anything may be due, and who holds it while a run plans it.
-- `sequence` counts the writes that made the customer due; `rearmed_at` is the earliest instant written since the
-- last claim, which settleDueCustomer keeps when the sequence moved under it.
CREATE TABLE due_customers (
  customer_id text COLLATE "C" PRIMARY KEY,
  due_at timestamptz,
  sequence bigint NOT NULL DEFAULT 0,
  rearmed_at timestamptz,
  owner text COLLATE "C",
  lease_expires_at timestamptz
);
-- In claimDueCustomers' order: customers due at one instant (a batch of invoices) come out a page at a time, never
-- all fetched and sorted for each page.
CREATE INDEX due_customers_due_at ON due_customers (due_at, customer_id) WHERE due_at IS NOT NULL;

CREATE TABLE inbound (
  customer_id text COLLATE "C" PRIMARY KEY,
  last_at timestamptz NOT NULL
);

-- Shared rate limits (messages per second per WhatsApp number), in epoch microseconds: the grid's next free slot, how
-- many slots were ever taken, and the recent reservations (slot indexes start…end, the first slot's time, the caller's
-- now) that keep a catch-up within one second's rate.
-- Unlogged: every worker's reservations queue on one row, and a logged commit holds that row's lock until its WAL
-- flush, so one slow flush stalled every sender at once (the scale-out benchmark lost 5–10% of a second to each).
-- The ledger is only about the last second: after a server crash PostgreSQL empties it and reservations start a
-- fresh grid, so the second around the crash may carry up to twice the rate (WhatsApp refuses the excess with
-- 130429, which the client retries).
CREATE UNLOGGED TABLE send_slots (
  key text COLLATE "C" PRIMARY KEY,
  next_free_micros bigint NOT NULL,
  taken bigint NOT NULL DEFAULT 0,
  log_starts bigint[] NOT NULL DEFAULT '{}',
  log_ends bigint[] NOT NULL DEFAULT '{}',
  log_firsts bigint[] NOT NULL DEFAULT '{}',
  log_nows bigint[] NOT NULL DEFAULT '{}'
);
