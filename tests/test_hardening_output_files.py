"""Files the commands write (issue 10, findings 3 and 12): never into a vault's folder, never over an existing
file without --force, folders made owner-only, existing folders left as they are."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, plans, sync
from omavalmentaja.services.backup import make_backup
from omavalmentaja.services.session import Session
from sync_support import add_client, make_coach, make_office


def _refused(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines()  # the usage lines argparse prints before its error
             if line.strip() and not line.startswith(("usage:", "käyttö:", " "))]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _digest(folder: Path) -> tuple[str, list[str]]:
    """The header's digest and the folder's listing (opening a vault appends to its audit log by design)."""
    return (hashlib.sha256((folder / "vault.header").read_bytes()).hexdigest(),
            sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.startswith("vault.db-")))


@pytest.fixture
def coach_with_plan(tmp_path: Path) -> tuple[Path, str, Path]:
    """A coach's vault enrolled with an office, holding one client with a draft plan."""
    office_session, key_file = make_office(tmp_path)
    office_session.lock()
    coach = make_coach(tmp_path, key_file, "Veera")
    client = add_client(coach, "Aino", "Mäkinen")
    plans.edit_plan(coach, client.id, PlanContent(goal="Työpaikka", steps=[PlanStep(ServiceKind.OHJAAMO, "Käynti")],
                                                  review_date=dt.date.today() + dt.timedelta(days=30)))
    folder = coach.vault.folder
    coach.lock()
    return folder, client.id, key_file


@pytest.mark.parametrize("target", ["vault.header", "vault.db", "pdf-view/x.pdf", "uusi.pdf"])
def test_plan_pdf_and_sync_export_never_write_into_the_vault_folder(coach_with_plan, target: str) -> None:
    vault, client_id, _ = coach_with_plan
    before = _digest(vault)
    line = _refused(run_cli("plan", "pdf", client_id, "--out", str(vault / target), "--force", data_dir=vault))
    assert str(vault) in line
    _refused(run_cli("sync", "export", "--out", str(vault / target), "--force", data_dir=vault))
    assert _digest(vault) == before
    assert run_cli("client", "list", data_dir=vault).returncode == 0  # the vault still opens


def test_a_relative_path_or_a_symlink_into_the_vault_is_refused(coach_with_plan, tmp_path: Path) -> None:
    vault, client_id, _ = coach_with_plan
    before = _digest(vault)
    link = tmp_path / "linkki"
    link.symlink_to(vault, target_is_directory=True)
    _refused(run_cli("plan", "pdf", client_id, "--out", str(link / "vault.header"), "--force", data_dir=vault))
    sneaky = tmp_path / "muu" / ".." / vault.name / "vault.db"
    _refused(run_cli("sync", "export", "--out", str(sneaky), "--force", data_dir=vault))
    file_link = tmp_path / "paketti.omvb"
    file_link.symlink_to(vault / "vault.header")
    _refused(run_cli("sync", "export", "--out", str(file_link), "--force", data_dir=vault))
    assert _digest(vault) == before


def test_an_existing_file_is_replaced_only_with_force(coach_with_plan, tmp_path: Path) -> None:
    vault, client_id, _ = coach_with_plan
    out = tmp_path / "tärkeä.pdf"
    out.write_bytes(b"do not lose me")
    line = _refused(run_cli("plan", "pdf", client_id, "--out", str(out), data_dir=vault))
    assert "--force" in line and out.read_bytes() == b"do not lose me"
    _refused(run_cli("sync", "export", "--out", str(out), data_dir=vault))
    _refused(run_cli("backup", "--out", str(out), data_dir=vault))
    assert out.read_bytes() == b"do not lose me"
    assert run_cli("plan", "pdf", client_id, "--out", str(out), "--force", data_dir=vault).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_office_commands_refuse_the_vault_folder_and_existing_files(tmp_path: Path) -> None:
    office_dir = tmp_path / "office"
    office_session = office.create_office(office_dir, PASSPHRASE)
    office_session.lock()
    before = _digest(office_dir)
    for name in ("vault.header", "vault.db"):
        _refused(run_cli("office", "enrol-file", "--out", str(office_dir / name), "--force", data_dir=office_dir))
    existing = tmp_path / "avain.omvkey"
    existing.write_text("keep")
    _refused(run_cli("office", "enrol-file", "--out", str(existing), data_dir=office_dir))
    assert existing.read_text() == "keep" and _digest(office_dir) == before


def test_office_import_refuses_a_receipt_into_the_vault_before_merging(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Veera")
    add_client(coach, "Aino", "Mäkinen")
    bundle = tmp_path / "b1.omvb"
    sync.export_bundle(coach, bundle)
    office_dir = office_session.vault.folder
    with pytest.raises(UserError):
        office.import_bundle(office_session, bundle, coach_fp(coach), office_dir / "vault.header")
    assert office.devices(office_session) == []  # nothing merged
    client_id = add_client(office_session, "Toimiston", "Asiakas").id
    with pytest.raises(UserError):
        office.assign(office_session, client_id, "Veera", office_dir / "vault.db")
    office_session.lock()
    coach.lock()


def coach_fp(coach: Session) -> str:
    return sync.device_info(coach).fingerprint


def test_backup_and_client_export_refuse_the_vault_folder(session: Session, tmp_path: Path) -> None:
    folder = session.vault.folder
    client = add_client(session, "Aino", "Mäkinen")
    with pytest.raises(UserError):
        make_backup(session, folder / "vault.header", PASSPHRASE, overwrite=True)
    from omavalmentaja.services.client_export import export_client
    for target in (folder, folder / "vienti"):
        with pytest.raises(UserError):
            export_client(session, client.id, target)
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.db-shm", "vault.db-wal", "vault.header"]


def test_output_path_accepts_an_ordinary_new_file(tmp_path: Path) -> None:
    from omavalmentaja.services.files import output_path

    vault = tmp_path / "vault"
    vault.mkdir()
    assert output_path(tmp_path / "a" / "b.pdf", vault) == tmp_path / "a" / "b.pdf"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_folders_made_for_out_are_owner_only_whatever_the_umask(coach_with_plan, tmp_path: Path) -> None:
    vault, client_id, _ = coach_with_plan
    out = tmp_path / "a" / "b" / "plan.pdf"
    old = os.umask(0o022)
    try:
        assert run_cli("plan", "pdf", client_id, "--out", str(out), data_dir=vault).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_init_and_restore_leave_an_existing_folders_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "jaettu"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    assert run_cli("init", data_dir=shared).returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    backup = tmp_path / "b.omvbackup"
    assert run_cli("backup", "--out", str(backup), data_dir=shared).returncode == 0
    target = tmp_path / "kohde"
    target.mkdir()
    os.chmod(target, 0o1777)
    assert run_cli("restore", str(backup), data_dir=target).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o1777


def test_restore_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    source = tmp_path / "holvi"
    assert run_cli("init", data_dir=source).returncode == 0
    backup = tmp_path / "b.omvbackup"
    assert run_cli("backup", "--out", str(backup), data_dir=source).returncode == 0
    target = tmp_path / "kohde"
    target.mkdir()
    (target / "vault.db-wal").write_bytes(b"someone else's")
    (target / "muistio.txt").write_text("oma")
    _refused(run_cli("restore", str(backup), data_dir=target))
    assert (target / "vault.db-wal").read_bytes() == b"someone else's"
    assert sorted(p.name for p in target.iterdir()) == ["muistio.txt", "vault.db-wal"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_backups_temporary_copy_is_owner_only_from_the_start(session: Session, tmp_path: Path,
                                                                  monkeypatch) -> None:
    """The copy SQLCipher writes beside the backup is created 0600, not with the umask's 0644."""
    import omavalmentaja.store.snapshot as snapshot

    seen: list[int] = []
    real_export = snapshot.Database.execute

    def spy(db, sql: str, params=()):  # the moment SQLCipher has filled the copy
        if "sqlcipher_export" in sql:
            seen.extend(stat.S_IMODE(p.stat().st_mode) for p in tmp_path.glob(".omavalmentaja-*.db"))
        return real_export(db, sql, params)

    monkeypatch.setattr(snapshot.Database, "execute", spy)
    old = os.umask(0o022)
    try:
        make_backup(session, tmp_path / "b.omvbackup", PASSPHRASE)
    finally:
        os.umask(old)
    assert seen and all(mode == 0o600 for mode in seen)
