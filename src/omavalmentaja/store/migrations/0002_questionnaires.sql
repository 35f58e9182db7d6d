-- Questionnaires: imported instrument definitions, responses, and their answers (one row per answer, so
-- each answer is written the moment it is given and a crash loses nothing).
-- Shipped definitions live in resources/instruments/; only definitions an organisation imports are kept
-- here. Every version stays, so a response made with an older version remains readable.

CREATE TABLE instrument_definitions (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  instrument_id TEXT NOT NULL,
  instrument_version TEXT NOT NULL,
  definition TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  UNIQUE (instrument_id, instrument_version)
);
CREATE INDEX instrument_definitions_by_change ON instrument_definitions(change_seq);

CREATE TABLE questionnaire_responses (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  instrument_id TEXT NOT NULL,
  instrument_version TEXT NOT NULL,
  responded_on TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'fi',
  fill_mode TEXT NOT NULL CHECK (fill_mode IN ('handover', 'form')),
  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
  completed_at TEXT
);
CREATE INDEX questionnaire_responses_by_client ON questionnaire_responses(client_id, instrument_id, responded_on);
CREATE INDEX questionnaire_responses_by_change ON questionnaire_responses(change_seq);

CREATE TABLE questionnaire_answers (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  response_id TEXT NOT NULL REFERENCES questionnaire_responses(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  value TEXT,
  skipped INTEGER NOT NULL DEFAULT 0,
  UNIQUE (response_id, item_id)
);
CREATE INDEX questionnaire_answers_by_change ON questionnaire_answers(change_seq);
