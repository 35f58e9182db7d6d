-- Closing a client relationship: the closing date and a coded exit reason on the client (its current state),
-- and every closing in client_closings, with the date the client was reopened, so reopening keeps the history.
-- Reports count closings by client_closings.closed_on, never by the record's last change.
--
-- Clients closed before this migration: the store kept no closing date, so the date of the record's last change
-- is the only dated trace. The migration takes it and marks the closing as migrated (its exit reason uncoded,
-- reported as "not coded") so that the app can ask the coach to check it; the client record itself gets the
-- exit reason 'other', so that it stays a valid record wherever it is validated (a transfer, a bundle). The derived closing shares the client's id and is
-- stamped with the client's last writer and version 1, change_seq 0: the office and the laptop derive the very
-- same record from the same client row, so neither sends it and they never conflict over it.

ALTER TABLE clients ADD COLUMN closed_on TEXT;
ALTER TABLE clients ADD COLUMN exit_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE client_closings (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  closed_on TEXT NOT NULL,
  exit_reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  reopened_on TEXT,
  migrated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX client_closings_by_client ON client_closings(client_id, closed_on);
CREATE INDEX client_closings_by_date ON client_closings(closed_on);
CREATE INDEX client_closings_by_change ON client_closings(change_seq);

UPDATE clients SET closed_on = substr(updated_at, 1, 10), exit_reason = 'other' WHERE status = 'closed';

INSERT INTO client_closings(id, created_at, updated_at, device_id, version, change_seq, client_id, closed_on,
                            exit_reason, note, reopened_on, migrated)
SELECT id, updated_at, updated_at, device_id, 1, 0, id, closed_on, '', close_reason, NULL, 1
FROM clients WHERE status = 'closed';
