"""Recovery through the office (docs/recovery.md): the wrap made at enrolment, the coach's request, the office's
answer and applying it with a new passphrase (a full rekey)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from omavalmentaja.atomic import write_atomic
from omavalmentaja.errors import UserError
from omavalmentaja.services.files import output_path, read_bounded, write_output
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso, open_database
from omavalmentaja.sync import keystore
from omavalmentaja.vault import recovery
from omavalmentaja.vault.header import VaultHeader, b64d, b64e
from omavalmentaja.vault.vault import Vault


def add_wrap_to_header(session: Session, header: VaultHeader, data_key: bytes) -> bool:
    """Seal `data_key` to the office in `header` if this coach vault is enrolled; True if it did. The request
    key's private half is written beside the header (owner-only) before the header itself is."""
    db = session.db
    if keystore.vault_role(db) != keystore.ROLE_COACH:
        return False
    offices = keystore.peers(db, keystore.ROLE_OFFICE)
    keys = keystore.own_keys(db)
    if not offices or keys is None:
        return False
    office = offices[0]
    wrap, request_private = recovery.RecoveryWrap.seal(
        data_key, session.device_id, keys.signing_key(), office.peer_id, office.keys.sign, office.keys.enc)
    _write_request_key(session.vault, wrap, request_private)
    recovery.put(header, wrap)
    return True


def _write_request_key(vault: Vault, wrap: recovery.RecoveryWrap, private: bytes) -> None:
    """vault.recovery-key holds request keys by their public half: the one of the header in force and the one of a
    header a rekey is about to write (a crash between the two must leave both usable)."""
    keys = {wrap.request_key: b64e(private)}
    current = _read_request_keys(vault)
    header = VaultHeader.read(vault.header_path)
    in_force = recovery.read(header)
    if in_force is not None and in_force.request_key in current:
        keys[in_force.request_key] = current[in_force.request_key]
    write_atomic(vault.folder / recovery.KEY_FILE_NAME, json.dumps(keys, sort_keys=True).encode("ascii"))


def _read_request_keys(vault: Vault) -> dict[str, str]:
    try:
        found = json.loads((vault.folder / recovery.KEY_FILE_NAME).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(found, dict) else {}


def ensure_wrap(session: Session) -> bool:
    """Add the recovery wrap to the header of an enrolled vault that has none (enrolment, or a vault enrolled
    before recovery existed); True if the header has one afterwards."""
    vault = session.vault
    if not vault.exists() or not session.db.key:  # no header to hold it (the benchmarks' unencrypted store)
        return False
    header = VaultHeader.read(vault.header_path)
    if recovery.read(header) is not None:
        return True
    if not add_wrap_to_header(session, header, session.db.key):
        return False
    header.write(vault.header_path)
    return True


@dataclass(frozen=True)
class RequestResult:
    path: Path
    request_id: str
    device_id: str
    fingerprint: str  # of the request, for the office to read back on the phone


def write_request(folder: Path, out: Path) -> RequestResult:
    """The coach's request (no passphrase needed); keeps the one-time private key beside the header."""
    vault = Vault(folder)
    wrap = recovery.read(VaultHeader.read(vault.header_path)) if vault.exists() else None
    if wrap is None:
        raise UserError("keys.recovery_not_set_up")
    private = _read_request_keys(vault).get(wrap.request_key)
    if private is None:
        raise UserError("keys.recovery_key_file_mismatch")
    request, answer_private = recovery.make_request(wrap, b64d(private), now_iso())
    pending = {"request_id": request.request_id, "request_sha256": request.sha256.hex(),
               "answer_key_private": b64e(answer_private)}
    target = output_path(Path(out), vault.folder)
    write_atomic(vault.folder / recovery.PENDING_FILE_NAME, json.dumps(pending, sort_keys=True).encode("ascii"))
    write_output(target, request.data, mode=0o644)
    return RequestResult(target, request.request_id, wrap.device_id, request_fingerprint(request.sha256))


def request_fingerprint(sha256: bytes) -> str:
    digits = sha256[:8].hex().upper()
    return "-".join(digits[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class AnswerResult:
    path: Path
    device_id: str
    coach: str
    fingerprint: str


def answer_request(session: Session, request_path: Path, out: Path) -> AnswerResult:
    """The office: check the request and its device, log it, and seal the data key to the one-time key."""
    from omavalmentaja.services.office import require_office

    require_office(session)
    target = output_path(Path(out), session.vault.folder)
    request = recovery.parse_request(read_bounded(request_path, recovery.MAX_FILE_BYTES))
    own = keystore.own_keys(session.db)
    assert own is not None
    wrap = request.wrap
    if wrap.office_id != session.device_id or b64d(wrap.office_enc_key) != own.public.enc:
        raise UserError("keys.recovery_other_office")
    device = keystore.get_peer(session.db, wrap.device_id)
    if device is None or device.role == keystore.ROLE_OFFICE:
        raise UserError("keys.recovery_device_unknown", wrap.device_id)
    if device.status != "trusted":
        raise UserError("keys.recovery_device_revoked", wrap.device_id)
    if not recovery.endorsement_valid(wrap, device.keys.sign):
        raise UserError("keys.recovery_request_damaged")
    data_key = wrap.open_at_office(own.decryption_key())
    answer = recovery.make_answer(request, data_key, own.signing_key(), now_iso())
    with session.db.transaction():
        session.audit.record("office.recover", detail=f"device={wrap.device_id} request={request.request_id}")
        write_output(target, answer)
    return AnswerResult(target, wrap.device_id, device.name, request_fingerprint(request.sha256))


def apply_answer(folder: Path, answer_path: Path, new_passphrase: str) -> Session:
    """Open the vault with the key in the office's answer and rekey it under `new_passphrase`; the one-time
    key is deleted after, so the same answer never works again."""
    from omavalmentaja.services.passphrase import rekey_session

    vault = Vault(folder)
    wrap = recovery.read(VaultHeader.read(vault.header_path)) if vault.exists() else None
    if wrap is None:
        raise UserError("keys.recovery_not_set_up")
    answer = recovery.parse_answer(read_bounded(answer_path, recovery.MAX_FILE_BYTES), wrap)
    pending_path = vault.folder / recovery.PENDING_FILE_NAME
    pending = _read_pending(pending_path)
    if answer.request_id != pending["request_id"] or answer.request_sha256.hex() != pending["request_sha256"]:
        raise UserError("keys.recovery_answer_not_this_request")
    data_key = recovery.open_answer(answer, b64d(pending["answer_key_private"]))
    vault.new_passphrase_header(new_passphrase, data_key)  # a weak passphrase is refused before anything opens
    try:
        db = open_database(vault.database_path, data_key)
    except UserError:
        raise UserError("keys.recovery_answer_stale") from None
    session = Session(vault, db)
    try:
        rekey_session(session, new_passphrase, "vault.recovered", detail=f"request={answer.request_id}")
    except BaseException:
        session.close_quietly()
        raise
    pending_path.unlink(missing_ok=True)
    return session


def _read_pending(path: Path) -> dict[str, str]:
    try:
        pending = json.loads(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        raise UserError("keys.recovery_no_request") from None
    except (OSError, ValueError):
        raise UserError("keys.recovery_no_request") from None
    if not isinstance(pending, dict) or not all(isinstance(pending.get(k), str) for k in
                                                ("request_id", "request_sha256", "answer_key_private")):
        raise UserError("keys.recovery_no_request")
    return pending


def request_code(path: Path) -> str:
    """The code the coach reads on the phone, of a request file as it is (checked before answering)."""
    return request_fingerprint(recovery.parse_request(read_bounded(path, recovery.MAX_FILE_BYTES)).sha256)
