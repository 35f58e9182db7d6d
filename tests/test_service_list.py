"""The services as the law names them: the new list with the employment-promoting tag and a provider per step,
legacy codes not offered for new steps, and draft plan steps migrated to the new codes while signed versions
stay exactly as signed."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind, verify_version
from omavalmentaja.domain.services_catalog import LEGACY, OFFERED, is_employment_promoting
from omavalmentaja.services import plans
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.store import db as store_db
from omavalmentaja.store.plans import PlanRepository


def test_the_list_and_its_tags() -> None:
    assert ServiceKind.JOB_SEARCH not in OFFERED and ServiceKind.OHJAAMO in LEGACY
    assert is_employment_promoting(ServiceKind.WORK_TRIAL) and is_employment_promoting(ServiceKind.TRAINING_TRIAL)
    assert not is_employment_promoting(ServiceKind.PAY_SUBSIDY) and not is_employment_promoting(ServiceKind.TYOKANAVA)
    assert len(OFFERED) == 14  # the thirteen services and "other"


def _steps(session: Session, version_id: str) -> list[dict]:
    row = session.db.query_one("SELECT content FROM plan_versions WHERE id = ?", (version_id,))
    return json.loads(row[0])["steps"]


def test_drafts_move_to_the_new_codes_and_signed_plans_stay(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = store_db.migrations()
    number = next(n for n, name, _ in shipped if name.endswith("_service_list.sql"))
    legacy = [PlanStep(ServiceKind.JOB_SEARCH, "Haku"), PlanStep(ServiceKind.OHJAAMO, "Ohjaamo"),
              PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu", organisation="")]
    with monkeypatch.context() as patch:
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < number])
        with Session.create(vault_dir, PASSPHRASE) as old:
            signed_client = save_client(old, Client(first_name="Allekirjoittanut", last_name="Asiakas"))
            content = PlanContent(goal="Työ", steps=list(legacy), review_date=dt.date.today() + dt.timedelta(30))
            signed = plans.edit_plan(old, signed_client.id, content)
            rng = random.Random(1)
            plans.sign_plan(old, signed.id, plans.SignatureInput("A", plans.demo_signature_png(rng)),
                            plans.SignatureInput("V", plans.demo_signature_png(rng)))
            draft_client = save_client(old, Client(first_name="Luonnos", last_name="Asiakas"))
            draft = plans.edit_plan(old, draft_client.id, PlanContent(goal="Työ", steps=[
                PlanStep(ServiceKind.JOB_SEARCH, "Haku"), PlanStep(ServiceKind.OHJAAMO, "Ohjaamo"),
                PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu")]))
            signed_before = _steps(old, signed.id)
    with Session.unlock(vault_dir, PASSPHRASE) as new:
        assert _steps(new, signed.id) == signed_before
        assert verify_version(PlanRepository(new.db).get(signed.id)) == []
        steps = _steps(new, draft.id)
        assert [(s["service"], s.get("provider", "")) for s in steps] == [
            ("job_search_coaching", ""), ("other", "Ohjaamo"), ("work_trial", "")]
        assert [s["description"] for s in steps] == ["Haku", "Ohjaamo", "Työkokeilu"]


def test_a_provider_is_printed_with_the_tag(session: Session, tmp_path: Path) -> None:
    client = save_client(session, Client(first_name="Aino", last_name="Korhonen"))
    plans.edit_plan(session, client.id, PlanContent(goal="Työ", steps=[
        PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu kirjastossa", provider="Kajaanin kaupunginkirjasto")]))
    out = tmp_path / "plan.pdf"
    out.write_bytes(plans.plan_pdf_bytes(session, client.id))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Kajaanin" in flat and "työllistymistä edistävä palvelu" in flat
