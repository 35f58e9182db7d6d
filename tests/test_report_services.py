"""The monthly report's services by type: clients who started a service in the month, whose service ended in the
month, and who are in a service at the month's end, counted from the signed plans' step periods (starts_on,
ends_on) on a real office store, with the same service in two signed versions counted once, cancelled services
and drafts left out, and a closed client's open-ended service no longer ongoing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import (
    InvalidPlan,
    PlanContent,
    PlanStep,
    Responsible,
    ServiceKind,
    StepStatus,
    validate_draft,
)
from omavalmentaja.services import office
from omavalmentaja.services import plans as svc
from omavalmentaja.services.closing import close_client
from omavalmentaja.services.session import Session

D = dt.date
SIGNED_AT = dt.datetime(2025, 1, 3, 10, 0)


def _step(service: ServiceKind, starts: D | None, ends: D | None = None,
          status: StepStatus = StepStatus.IN_PROGRESS) -> PlanStep:
    return PlanStep(service, "Palvelu sovittu", Responsible.CLIENT, starts_on=starts, ends_on=ends, status=status)


def _signed(session: Session, client: Client, *steps: PlanStep, when: dt.datetime = SIGNED_AT) -> None:
    content = PlanContent(goal="Työpaikka", steps=list(steps), review_date=when.date() + dt.timedelta(days=90))
    draft = svc.edit_plan(session, client.id, content)
    rng = random.Random(7)
    svc.sign_plan(session, draft.id, svc.SignatureInput("Asiakas", svc.demo_signature_png(rng)),
                  svc.SignatureInput("Valmentaja", svc.demo_signature_png(rng)), now=when)


def _client(session: Session, name: str) -> Client:
    return session.clients.save(Client(first_name=name, last_name="Asiakas", start_date=D(2024, 12, 1)))


def _office_with_services(folder: Path) -> None:
    with office.create_office(folder, PASSPHRASE) as session:
        ended = _client(session, "Päättyi")
        _signed(session, ended, _step(ServiceKind.WORK_TRIAL, D(2025, 2, 10), D(2025, 3, 15)))
        started = _client(session, "Alkoi")
        _signed(session, started, _step(ServiceKind.PAY_SUBSIDY, D(2025, 3, 1)))
        revised = _client(session, "Uusittu")  # the end date agreed in a later signed version: counted once
        _signed(session, revised, _step(ServiceKind.WORK_TRIAL, D(2025, 1, 5)))
        _signed(session, revised, _step(ServiceKind.WORK_TRIAL, D(2025, 1, 5), D(2025, 3, 20)),
                when=dt.datetime(2025, 2, 1, 9, 0))
        cancelled = _client(session, "Peruttu")
        _signed(session, cancelled, _step(ServiceKind.LABOUR_TRAINING, D(2025, 1, 7)))
        _signed(session, cancelled, _step(ServiceKind.LABOUR_TRAINING, D(2025, 1, 7), status=StepStatus.CANCELLED),
                when=dt.datetime(2025, 2, 1, 9, 0))
        closed = _client(session, "Suljettu")
        _signed(session, closed, _step(ServiceKind.REHABILITATIVE_WORK, D(2025, 1, 10)))
        close_client(session, closed.id, D(2025, 3, 10), "outside_labour_force")
        drafted = _client(session, "Luonnos")
        svc.edit_plan(session, drafted.id, PlanContent(goal="x", steps=[_step(ServiceKind.PAY_SUBSIDY, D(2025, 3, 2))]))
        for n in range(5):  # five clients in the same ongoing service: a cell shown in full
            _signed(session, _client(session, f"Ryhmä{n}"), _step(ServiceKind.JOB_COACHING, D(2025, 2, 1)),
                    _step(ServiceKind.CAREER_COACHING, None))  # a step without a period is no service start


def test_services_started_ended_and_ongoing_by_type(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    _office_with_services(folder)
    with Session.unlock(folder, PASSPHRASE) as session:
        march = office.report(session, "2025-03")
        february = office.report(session, "2025-02")
    assert _counts(march, "services_started") == {"pay_subsidy": 1}
    assert _counts(march, "services_ended") == {"work_trial": 2}
    assert _counts(march, "services_ongoing") == {"pay_subsidy": 1, "job_coaching": 5}
    assert _counts(february, "services_started") == {"work_trial": 1, "job_coaching": 5}
    assert _counts(february, "services_ended") == {}
    assert _counts(february, "services_ongoing") == {"work_trial": 2, "rehabilitative_work": 1, "job_coaching": 5}


def _counts(report: office.MonthlyReport, section: str) -> dict[str, int]:
    return {f.category: f.count for f in report.figures if f.section == section}


def test_the_services_table_is_in_one_language_and_suppressed(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    _office_with_services(folder)
    finnish = run_cli("office", "report", "--month", "2025-03", data_dir=folder)
    assert finnish.returncode == 0, finnish.stderr
    block = finnish.stdout.split("Palvelussa kuun lopussa olleet asiakkaat palvelun mukaan")[1].split("\n\n")[0]
    shown = {line.strip().rsplit(None, 1)[0].strip(): line.split()[-1] for line in block.strip().splitlines()[0:]}
    assert shown == {"Palkkatuki": "<5", "Työhönvalmennus": "<5"}  # 1 hidden, and 5 with it (1 + 5 is derivable)
    english = run_cli("--lang", "en", "office", "report", "--month", "2025-03", data_dir=folder)
    assert english.stdout.startswith("Monthly report 2025-03")
    assert "Clients whose service ended in the month, by service" in english.stdout
    assert "Palvelu" not in english.stdout and "Kuukausiraportti" not in english.stdout
    swedish = run_cli("--lang", "sv", "office", "report", "--month", "2025-03", data_dir=folder)
    assert swedish.stdout.startswith("Månadsrapport 2025-03") and "Arbetsprövning" in swedish.stdout
    exported = run_cli("office", "report", "--month", "2025-03", "--csv", data_dir=folder)
    rows = [r for r in csv.DictReader(io.StringIO(exported.stdout)) if r["section"].startswith("services_")]
    assert {(r["section"], r["category"], r["count"]) for r in rows} == {
        ("services_started", "pay_subsidy", "<5"), ("services_ended", "work_trial", "<5"),
        ("services_ongoing", "pay_subsidy", "<5"), ("services_ongoing", "job_coaching", "<5")}


def test_a_step_period_is_checked_and_kept_out_of_old_hashes() -> None:
    with pytest.raises(InvalidPlan, match="päättyy ennen kuin se alkaa"):
        validate_draft(PlanContent(goal="x", steps=[_step(ServiceKind.WORK_TRIAL, D(2025, 3, 1), D(2025, 2, 1))]))
    plain = _step(ServiceKind.WORK_TRIAL, None).to_dict()
    assert "starts_on" not in plain and "ends_on" not in plain  # plans signed before the period hash as they did
    dated = _step(ServiceKind.WORK_TRIAL, D(2025, 3, 1), D(2025, 5, 31))
    assert PlanStep.from_dict(dated.to_dict()) == dated
