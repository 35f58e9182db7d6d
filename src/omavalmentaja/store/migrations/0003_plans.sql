-- Pathway plans: numbered versions per client, each a draft or a signed (frozen) version, and the
-- signatures of signed versions. The content is canonical JSON; a signed version keeps the SHA-256 of its
-- content (content_hash) and a seal over that hash and the signatures (seal_hash).

CREATE TABLE plan_versions (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  content TEXT NOT NULL,
  client_name TEXT NOT NULL DEFAULT '',
  client_date_of_birth TEXT,
  signed_at TEXT,
  content_hash TEXT NOT NULL DEFAULT '',
  seal_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_versions_by_client ON plan_versions(client_id, number);
CREATE INDEX plan_versions_by_change ON plan_versions(change_seq);

CREATE TABLE plan_signatures (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  plan_version_id TEXT NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('client', 'coach')),
  signer_name TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('drawn', 'passphrase')),
  image BLOB,
  image_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_signatures_by_version ON plan_signatures(plan_version_id);
CREATE INDEX plan_signatures_by_change ON plan_signatures(change_seq);

-- A signed version is frozen: the program never changes what was signed (a second guard besides the
-- service layer; tampering that bypasses both is caught by the content hash).
CREATE TRIGGER plan_versions_signed_frozen BEFORE UPDATE ON plan_versions
WHEN OLD.status = 'signed' AND (
  NEW.status IS NOT OLD.status OR NEW.content IS NOT OLD.content OR NEW.client_id IS NOT OLD.client_id
  OR NEW.number IS NOT OLD.number OR NEW.client_name IS NOT OLD.client_name
  OR NEW.client_date_of_birth IS NOT OLD.client_date_of_birth OR NEW.signed_at IS NOT OLD.signed_at
  OR NEW.content_hash IS NOT OLD.content_hash OR NEW.seal_hash IS NOT OLD.seal_hash)
BEGIN
  SELECT RAISE(ABORT, 'signed plan versions are immutable');
END;
CREATE TRIGGER plan_signatures_frozen BEFORE UPDATE ON plan_signatures
WHEN NEW.plan_version_id IS NOT OLD.plan_version_id OR NEW.role IS NOT OLD.role
  OR NEW.signer_name IS NOT OLD.signer_name OR NEW.signed_at IS NOT OLD.signed_at
  OR NEW.method IS NOT OLD.method OR NEW.image IS NOT OLD.image OR NEW.image_sha256 IS NOT OLD.image_sha256
BEGIN
  SELECT RAISE(ABORT, 'plan signatures are immutable');
END;
