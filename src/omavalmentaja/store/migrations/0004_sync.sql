-- Sync: this vault's keys, its peers (the office on a laptop; the coaches' devices at the office),
-- the bundles imported, the last agreed version of each record, conflicts, and the office's assignments.
-- Private keys live here, inside the encrypted database, never in a plain file.

CREATE TABLE sync_keys (
  name TEXT PRIMARY KEY CHECK (name IN ('sign', 'enc')),
  private_key BLOB NOT NULL,
  public_key BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE sync_peers (
  peer_id TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('office', 'device')),
  name TEXT NOT NULL DEFAULT '',
  sign_key BLOB NOT NULL,
  enc_key BLOB NOT NULL,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'trusted' CHECK (status IN ('trusted', 'revoked')),
  added_at TEXT NOT NULL,
  last_in_seq INTEGER NOT NULL DEFAULT 0,
  last_in_at TEXT,
  last_out_seq INTEGER NOT NULL DEFAULT 0,
  acked_change_seq INTEGER NOT NULL DEFAULT 0,
  peer_seen_seq INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_imports (
  bundle_sha256 TEXT PRIMARY KEY,
  peer_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  records INTEGER NOT NULL DEFAULT 0,
  conflicts INTEGER NOT NULL DEFAULT 0,
  ack TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sync_imports_by_peer ON sync_imports(peer_id, seq);

-- Laptop side: the version of each record that the office is known to hold (the base of the next change).
CREATE TABLE sync_agreed (
  record_table TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  device_id TEXT NOT NULL,
  PRIMARY KEY (record_table, record_id)
);

-- Office side: a change that could not be applied because both sides changed the record since they agreed.
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  record_table TEXT NOT NULL,
  record_id TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  from_peer TEXT NOT NULL,
  office_version INTEGER,
  office_device TEXT,
  incoming_version INTEGER NOT NULL,
  incoming_device TEXT NOT NULL,
  incoming_row TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(record_table, record_id) WHERE resolved_at IS NULL;

-- Office side: which device holds each client, and the assignments still to deliver.
CREATE TABLE sync_assignments (
  client_id TEXT PRIMARY KEY,
  peer_id TEXT NOT NULL,
  assigned_at TEXT NOT NULL
);

CREATE TABLE sync_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  peer_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('assign', 'transfer')),
  created_at TEXT NOT NULL,
  first_out_seq INTEGER,
  delivered_at TEXT
);
CREATE INDEX sync_outbox_pending ON sync_outbox(peer_id) WHERE delivered_at IS NULL;
