-- The Nordic labour market service model: the registration date as a jobseeker, the job-search obligation,
-- meetings marked as the conversation they fulfil, and the job applications a client reports.

ALTER TABLE clients ADD COLUMN registered_on TEXT;
ALTER TABLE clients ADD COLUMN obligation_status TEXT NOT NULL DEFAULT ''
  CHECK (obligation_status IN ('', 'full', 'reduced', 'none'));
ALTER TABLE clients ADD COLUMN obligation_per_month INTEGER;
ALTER TABLE clients ADD COLUMN obligation_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN obligation_review_months INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clients ADD COLUMN obligation_from TEXT;

ALTER TABLE meetings ADD COLUMN fulfils TEXT NOT NULL DEFAULT ''
  CHECK (fulfils IN ('', 'initial_interview', 'job_search', 'supplementary'));
CREATE INDEX meetings_by_fulfils ON meetings(client_id, fulfils) WHERE fulfils != '';

CREATE TABLE job_applications (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  applied_on TEXT NOT NULL,
  employer_or_job TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('vacancy', 'open_application', 'employer_contact', 'offered_job', 'other')),
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_applications_by_client ON job_applications(client_id, applied_on);
CREATE INDEX job_applications_by_change ON job_applications(change_seq);
