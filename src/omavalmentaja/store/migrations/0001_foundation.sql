-- Foundation: clients, assessments, meetings, drafts, tombstones, audit log, full-text search.
-- Every synced record carries: id (UUID), created_at, updated_at, device_id (last writer),
-- version (per record, +1 on each write) and change_seq (this vault's write counter, for sync).

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  preferred_name TEXT NOT NULL DEFAULT '',
  henkilotunnus TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '[]',
  interpreter_needed INTEGER NOT NULL DEFAULT 0,
  target_group TEXT,
  start_date TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
  close_reason TEXT NOT NULL DEFAULT '',
  background TEXT NOT NULL DEFAULT '',
  multisectoral_need INTEGER NOT NULL DEFAULT 0,
  multisectoral_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clients_by_name ON clients(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX clients_by_status ON clients(status, municipality);
CREATE INDEX clients_by_change ON clients(change_seq);

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  assessed_on TEXT NOT NULL,
  education TEXT NOT NULL DEFAULT '',
  work_history TEXT NOT NULL DEFAULT '',
  skills TEXT NOT NULL DEFAULT '',
  licences TEXT NOT NULL DEFAULT '[]',
  language_skills TEXT NOT NULL DEFAULT '',
  circumstances TEXT NOT NULL DEFAULT '',
  wishes TEXT NOT NULL DEFAULT '',
  service_need TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessments_by_client ON assessments(client_id, assessed_on);
CREATE INDEX assessments_by_change ON assessments(change_seq);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 60,
  kind TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  follow_up_on TEXT,
  follow_up_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meetings_by_client ON meetings(client_id, starts_at);
CREATE INDEX meetings_by_start ON meetings(starts_at);
CREATE INDEX meetings_by_follow_up ON meetings(follow_up_on) WHERE follow_up_done = 0;
CREATE INDEX meetings_by_change ON meetings(change_seq);

-- Unsaved editor contents (autosave). Inside the encrypted database, never in a temp file.
CREATE TABLE drafts (
  key TEXT PRIMARY KEY,
  client_id TEXT,
  payload TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Deleted or erased records: the tombstone is what sync carries.
CREATE TABLE tombstones (
  record_table TEXT NOT NULL,
  record_id TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (record_table, record_id)
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  client_id TEXT,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_client ON audit_log(client_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit log is append-only');
END;

-- One search document per client: names, henkilötunnus, and the text of background and meeting notes.
CREATE VIRTUAL TABLE client_search USING fts5(
  client_id UNINDEXED, names, hetu, notes,
  tokenize = 'unicode61 remove_diacritics 2'
);
