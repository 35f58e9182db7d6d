-- Signed plans are kept: a signed version and its signatures can be removed only while their client is
-- being erased (GDPR erasure, end of retention). The erasing code puts the client's id in
-- erasure_in_progress for the length of its transaction and takes it out again before committing.
-- The seal of a signed version is signed with the device's Ed25519 key (base64 of the raw public key and
-- of the signature); both are empty for versions signed before this migration.

CREATE TABLE erasure_in_progress (
  client_id TEXT PRIMARY KEY
);

ALTER TABLE plan_versions ADD COLUMN seal_sign_key TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_versions ADD COLUMN seal_signature TEXT NOT NULL DEFAULT '';

CREATE TRIGGER plan_versions_signed_kept BEFORE DELETE ON plan_versions
WHEN OLD.status = 'signed'
  AND NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE client_id = OLD.client_id)
BEGIN
  SELECT RAISE(ABORT, 'signed plan versions are kept (only erasing the client removes them)');
END;

CREATE TRIGGER plan_signatures_kept BEFORE DELETE ON plan_signatures
WHEN EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = OLD.plan_version_id AND v.status = 'signed'
             AND NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.client_id = v.client_id))
BEGIN
  SELECT RAISE(ABORT, 'plan signatures are kept (only erasing the client removes them)');
END;

CREATE TRIGGER plan_versions_device_seal_frozen BEFORE UPDATE ON plan_versions
WHEN OLD.status = 'signed' AND (NEW.seal_sign_key IS NOT OLD.seal_sign_key
                                OR NEW.seal_signature IS NOT OLD.seal_signature)
BEGIN
  SELECT RAISE(ABORT, 'signed plan versions are immutable');
END;
