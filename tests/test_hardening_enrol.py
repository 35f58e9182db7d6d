"""Enrolment trusts an office key only with the fingerprint the office gave by another channel, and a new
office key replaces the old one only when asked, logged (issue 10, finding 4)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from omavalmentaja.services import office
from omavalmentaja.services.session import Session


def _office(folder: Path, key_file: Path, name: str) -> str:
    session = office.create_office(folder, PASSPHRASE, name)
    fingerprint = office.write_enrolment_file(session, key_file)
    session.lock()
    return fingerprint


def _one_line_refusal(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _enrolled_fingerprint(coach: Path) -> str | None:
    with Session.unlock(coach, PASSPHRASE) as session:
        from omavalmentaja.services import sync

        return sync.device_info(session).office_fingerprint


def test_enrol_requires_the_offices_fingerprint(tmp_path: Path) -> None:
    key_file, coach = tmp_path / "office.omvkey", tmp_path / "coach"
    fingerprint = _office(tmp_path / "office", key_file, "Kainuu")
    assert run_cli("init", data_dir=coach).returncode == 0
    missing = _one_line_refusal(run_cli("--lang", "en", "enrol", str(key_file), data_dir=coach))
    assert "--fingerprint" in missing and fingerprint not in missing
    wrong = "0000-1111-2222-3333-4444-5555-6666-7777"
    differs = _one_line_refusal(run_cli("enrol", str(key_file), "--fingerprint", wrong, data_dir=coach))
    assert wrong in differs
    assert _enrolled_fingerprint(coach) is None
    typed = fingerprint.lower().replace("-", " ")  # as read out on the phone: spacing and case do not matter
    assert run_cli("enrol", str(key_file), "--fingerprint", typed, data_dir=coach).returncode == 0
    assert _enrolled_fingerprint(coach) == fingerprint


def test_a_new_office_key_replaces_the_old_only_with_replace_and_is_logged(tmp_path: Path) -> None:
    old_key, new_key, coach = tmp_path / "old.omvkey", tmp_path / "new.omvkey", tmp_path / "coach"
    old_fp = _office(tmp_path / "old-office", old_key, "Vanha")
    new_fp = _office(tmp_path / "new-office", new_key, "Uusi")
    assert run_cli("init", data_dir=coach).returncode == 0
    assert run_cli("enrol", str(old_key), "--fingerprint", old_fp, data_dir=coach).returncode == 0
    assert run_cli("enrol", str(old_key), "--fingerprint", old_fp, data_dir=coach).returncode == 0  # idempotent
    refused = _one_line_refusal(run_cli("--lang", "en", "enrol", str(new_key), "--fingerprint", new_fp,
                                        data_dir=coach))
    assert "--replace" in refused and _enrolled_fingerprint(coach) == old_fp
    _one_line_refusal(run_cli("enrol", str(new_key), "--fingerprint", old_fp, "--replace", data_dir=coach))
    assert _enrolled_fingerprint(coach) == old_fp
    assert run_cli("enrol", str(new_key), "--fingerprint", new_fp, "--replace", data_dir=coach).returncode == 0
    assert _enrolled_fingerprint(coach) == new_fp
    with Session.unlock(coach, PASSPHRASE) as session:
        logged = session.db.query("SELECT detail FROM audit_log WHERE action = 'sync.enrol_replace'")
    assert len(logged) == 1 and old_fp in logged[0][0] and new_fp in logged[0][0]
    bundle = tmp_path / "b1.omvb"
    assert run_cli("sync", "export", "--out", str(bundle), data_dir=coach).returncode == 0
    device = run_cli("--lang", "en", "device", data_dir=coach).stdout  # English: the line names "fingerprint"
    device_fp = next(line.split()[-1] for line in device.splitlines() if line.startswith("Fingerprint:"))
    imported = run_cli("office", "import", str(bundle), "--trust", device_fp, data_dir=tmp_path / "new-office")
    assert imported.returncode == 0, imported.stderr
