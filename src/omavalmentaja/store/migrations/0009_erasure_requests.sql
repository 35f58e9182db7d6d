-- Office side: a laptop's erasure of a client is held here until the office decides. The office's copy is the
-- record the controller must keep, so it is removed only when the office approves (office erasures --approve);
-- a refusal keeps it. The held tombstones hold table names, record ids and the reason code, never client data.

CREATE TABLE erasure_requests (
  client_id TEXT PRIMARY KEY,
  peer_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  tombstones TEXT NOT NULL DEFAULT '[]',
  decided_at TEXT,
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'approved', 'refused'))
);
