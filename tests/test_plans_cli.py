"""`omavalmentaja plan pdf|verify` end to end, in a subprocess, on a real vault."""

import datetime as dt
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
from omavalmentaja.services import plans as svc
from omavalmentaja.services.session import Session


def _vault_with_two_clients(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("first_name,last_name,date_of_birth\nОлена,Шевченко,12.3.1990\nAino,Mäkinen,1.2.2001\n")
    assert run_cli("client", "import", str(csv_file), data_dir=vault).returncode == 0
    rows = json.loads(run_cli("client", "list", "--json", data_dir=vault).stdout)
    return vault, {r["last_name"]: r["id"] for r in rows}


def _sign_a_plan(vault: Path, client_id: str) -> str:
    with Session.unlock(vault, PASSPHRASE) as session:
        content = PlanContent(goal="Lähihoitajan koulutus", steps=[
            PlanStep(ServiceKind.OHJAAMO, "Käynti Ohjaamossa"), PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu")],
            review_date=dt.date.today() + dt.timedelta(days=60))
        draft = svc.edit_plan(session, client_id, content)
        rng = random.Random(3)
        svc.sign_plan(session, draft.id, svc.SignatureInput("Олена Шевченко", svc.demo_signature_png(rng)),
                      svc.SignatureInput("Veera", svc.demo_signature_png(rng)))
        return draft.id


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_plan_pdf_command(tmp_path: Path) -> None:
    vault, ids = _vault_with_two_clients(tmp_path)
    _sign_a_plan(vault, ids["Шевченко"])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run_cli("plan", "pdf", ids["Шевченко"], "--out", str(out_dir / "plan.pdf"), data_dir=vault)
    assert result.returncode == 0, result.stderr
    pdf = out_dir / "plan.pdf"
    assert [p.name for p in out_dir.iterdir()] == ["plan.pdf"]
    assert pdf.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("Олена Шевченко", "Lähihoitajan koulutus", "Käynti Ohjaamossa", "Työkokeilu", "Sivu 1/1"):
        assert expected in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert sum(1 for line in images.splitlines()[2:] if line.split()[2] == "image") == 2


def test_no_plan_and_unknown_client_exit_2_with_one_line(tmp_path: Path) -> None:
    vault, ids = _vault_with_two_clients(tmp_path)
    out = tmp_path / "x.pdf"
    for client_id, message in ((ids["Mäkinen"], "ei ole suunnitelmaa"), ("no-such-id", "ei löydy")):
        result = run_cli("plan", "pdf", client_id, "--out", str(out), data_dir=vault)
        assert result.returncode == 2
        assert result.stderr.strip().count("\n") == 0 and message in result.stderr
        assert "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.glob(".x.pdf*")) == []


def test_plan_verify_reports_tampering(tmp_path: Path) -> None:
    vault, ids = _vault_with_two_clients(tmp_path)
    version_id = _sign_a_plan(vault, ids["Шевченко"])
    ok = run_cli("plan", "verify", ids["Шевченко"], data_dir=vault)
    assert ok.returncode == 0 and "OK" in ok.stdout
    with Session.unlock(vault, PASSPHRASE) as session:
        session.db.execute("DROP TRIGGER plan_versions_signed_frozen")
        session.db.execute("UPDATE plan_versions SET content = replace(content, 'Työkokeilu', 'Palkkatuki') "
                           "WHERE id = ?", (version_id,))
    bad = run_cli("plan", "verify", ids["Шевченко"], data_dir=vault)
    assert bad.returncode == 2 and "tiiviste ei täsmää" in bad.stdout
