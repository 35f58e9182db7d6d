-- The client record a coach needs offline (domain/client_record.py): every field optional, lists as JSON.
-- Existing clients keep every value; the new columns start empty.

ALTER TABLE clients ADD COLUMN labour_market_status TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN unemployed_since TEXT;
ALTER TABLE clients ADD COLUMN benefit TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN mother_tongue TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN other_languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE clients ADD COLUMN citizenship TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN education_level TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN qualifications TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN occupations_sought TEXT NOT NULL DEFAULT '[]';
ALTER TABLE clients ADD COLUMN work_ability_limits TEXT NOT NULL DEFAULT '[]';
ALTER TABLE clients ADD COLUMN work_ability_note TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN integration_plan INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clients ADD COLUMN integration_plan_until TEXT;
ALTER TABLE clients ADD COLUMN consents TEXT NOT NULL DEFAULT '[]';
