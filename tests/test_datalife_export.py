"""A client's own copy of their data: JSON with every record, a readable PDF, signature PNGs; owner-only,
atomic, never overwriting; one clear line and exit 2 on bad input."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from datalife_support import FIRST_NAME, NOTE, SURNAME, add_full_client
from omavalmentaja.errors import UserError
from omavalmentaja.services.client_export import JSON_NAME, PDF_NAME, export_client, write_files
from omavalmentaja.services.session import Session
from omavalmentaja.sync.records import client_records
from sync_support import add_client


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_export_through_the_cli_holds_every_record(session: Session, tmp_path: Path) -> None:
    client = add_full_client(session)
    add_client(session, "Eero", "Korhonen")  # someone else: must not appear
    expected = {(r.table, r.id) for r in client_records(session.db, client.id)}
    signatures = {r["id"]: bytes(r["image"]) for r in session.db.query(
        "SELECT s.id, s.image FROM plan_signatures s JOIN plan_versions v ON v.id = s.plan_version_id "
        "WHERE v.client_id = ?", (client.id,))}
    folder = session.vault.folder
    session.lock()
    out = tmp_path / "vienti" / "aino"

    result = run_cli("client", "export", client.id, "--out", str(out), data_dir=folder)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([JSON_NAME, PDF_NAME, "allekirjoitus-suunnitelma-1-client.png",
                            "allekirjoitus-suunnitelma-1-coach.png"])  # no temp files left
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())

    document = json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    found = {(table, row["id"]) for table, rows in document["records"].items() for row in rows}
    assert found == expected
    assert document["records"]["clients"][0]["last_name"] == SURNAME
    assert "Korhonen" not in (out / JSON_NAME).read_text(encoding="utf-8")
    [meeting] = document["records"]["meetings"]
    assert meeting["notes"] == f"Muistiinpano {NOTE}"
    [response] = document["questionnaire_results"]
    assert response["answers"]["wishes"] == {"value": f"Toive {NOTE}"} and response["scores"]
    assert [d["payload"]["notes"] for d in document["unsaved_drafts"]] == [f"Luonnos {NOTE}"]
    assert "client.create" in {e["action"] for e in document["audit_log"]}
    for row in document["records"]["plan_signatures"]:
        png = (out / row["image"]["file"]).read_bytes()
        assert png == signatures[row["id"]] and hashlib.sha256(png).hexdigest() == row["image_sha256"]

    text = " ".join(_pdf_text(out / PDF_NAME).split())
    for expected_text in (f"{FIRST_NAME} {SURNAME}", f"Muistiinpano {NOTE}", f"Tavoite {NOTE}", "Selkä",
                          "Kykyviisari", "Versio 1", "Allekirjoitettu", "Valmentaja Virtanen"):
        assert expected_text in text, expected_text

    again = run_cli("client", "export", client.id, "--out", str(out), data_dir=folder)
    assert again.returncode == 2 and "on jo tiedosto" in again.stderr and "Traceback" not in again.stderr
    audit = Session.unlock(folder, "kaksi kissaa ja koira 2026")
    try:
        entries = [e for e in audit.audit.for_client(client.id) if e.action == "client.export"]
        assert [e.detail for e in entries] == [f"records={len(expected)} files=4"]
    finally:
        audit.close_quietly()


def test_bad_input_is_one_line_and_exit_2(session: Session, tmp_path: Path) -> None:
    client = add_client(session, "Eero", "Korhonen")
    folder = session.vault.folder
    session.lock()
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    for client_id, out, message in (("no-such-id", tmp_path / "a", "ei löydy"),
                                    (client.id, blocker, "ei ole kansio"),
                                    (client.id, blocker / "alikansio", "ei voi kirjoittaa")):
        result = run_cli("client", "export", client_id, "--out", str(out), data_dir=folder)
        assert result.returncode == 2, result
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "a").exists()


def test_a_full_disk_leaves_no_partial_export(tmp_path: Path) -> None:
    mount_point = tmp_path / "pieni"
    mount_point.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mount_point)], capture_output=True).returncode:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        files = {"a.json": b"x" * 8 * 1024, "b.pdf": b"y" * 128 * 1024}
        with pytest.raises(UserError, match="ei voi kirjoittaa"):
            write_files(mount_point / "vienti", files)
        assert list((mount_point / "vienti").iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_export_service_refuses_an_unknown_client(session: Session, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="ei löydy"):
        export_client(session, "no-such-id", tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("language", "words", "finnish"), [
    ("sv", ("Uppgifter som sparats om kunden", "Grunduppgifter", "Personbeteckning", "Kompetens och servicebehov",
            "Möten", "Enkäter och Kykyviisari", "Planer", "Underskrifter", "Jobbsökning", "Arbetsförmåga 6 ("),
     ("Perustiedot", "Henkilötunnus", "Tapaamiset", "Suunnitelmat", "Allekirjoitukset", "Koottu", "kohtalainen")),
    ("en", ("Data stored about the client", "Basic details", "Personal identity code", "Meetings",
            "Questionnaires and Kykyviisari", "Plans", "Signatures"),
     ("Perustiedot", "Henkilötunnus", "Tapaamiset", "Suunnitelmat", "Allekirjoitukset", "Koottu", "kohtalainen")),
])
def test_the_own_data_summary_is_in_the_clients_language(session: Session, tmp_path: Path, language: str,
                                                        words: tuple[str, ...], finnish: tuple[str, ...]) -> None:
    client = add_full_client(session)
    client.languages = [language]
    session.clients.save(client)
    export = export_client(session, client.id, tmp_path / "out")
    text = " ".join(_pdf_text(export.folder / PDF_NAME).split())
    assert all(word in text for word in words), text
    assert not [word for word in finnish if word in text], text  # one language at a time
    assert NOTE in text  # what the coach wrote stays as written
