"""Long text in every PDF (issue 10, finding 1): notes, steps, goals and background of the longest length the
program accepts print across pages, and so do words far longer than a line (left in a vault before the limits
existed, or arriving from elsewhere): reportlab cannot split a table row or wrap a word by itself."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.domain.client import Assessment, Client
from omavalmentaja.domain.limits import LONG_TEXT
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanContent, PlanStep, PlanVersion, Responsible, ServiceKind
from omavalmentaja.services import plans
from omavalmentaja.services.clients import save_assessment, save_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.session import Session

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TODAY = dt.date.today()


def _long(tag: str, length: int = LONG_TEXT) -> str:
    """Words of ordinary length with line breaks, exactly `length` characters, starting and ending with a tag."""
    words = (f"{tag}alku " + "sana toinen kolmas neljäs viides\n" * (length // 34))[:length - len(tag) - 5]
    return words + f"{tag}LOPPU"


def _pdf_text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    return "".join(result.stdout.split())


def _signed_plan(session: Session, client_id: str, content: PlanContent) -> None:
    draft = plans.edit_plan(session, client_id, content)
    rng = random.Random(3)
    plans.sign_plan(session, draft.id, plans.SignatureInput("Aino Asiakas", plans.demo_signature_png(rng)),
                    plans.SignatureInput("Valmentaja Veera", plans.demo_signature_png(rng)))


def _long_plan(tag: str, length: int = LONG_TEXT) -> PlanContent:
    return PlanContent(goal=_long(f"{tag}goal", length), client_words=_long(f"{tag}words", length),
                       situation=_long(f"{tag}situation", length), review_date=TODAY + dt.timedelta(days=30),
                       steps=[PlanStep(ServiceKind.JOB_SEARCH, _long(f"{tag}step{n}", length),
                                       Responsible.OTHER_ORGANISATION, organisation="TYP") for n in (1, 2)])


def test_client_export_and_plan_pdf_print_the_longest_accepted_texts(session: Session, tmp_path: Path) -> None:
    client = save_client(session, Client(first_name="Aino", last_name="Pitkänen", background=_long("bg")))
    save_assessment(session, Assessment(client_id=client.id, assessed_on=TODAY, education=_long("edu"),
                                        circumstances=_long("circ"), service_need=_long("need")))
    save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime.combine(TODAY, dt.time(9)),
                                  notes=_long("note"), next_steps=_long("next")))
    _signed_plan(session, client.id, _long_plan("p1"))
    plans.edit_plan(session, client.id, _long_plan("p2"))  # a draft after the signed version
    folder = session.vault.folder
    session.lock()

    exported = run_cli("client", "export", client.id, "--out", str(tmp_path / "vienti"), data_dir=folder)
    assert exported.returncode == 0, exported.stderr
    text = _pdf_text(tmp_path / "vienti" / "asiakastiedot.pdf")
    for tag in ("bg", "edu", "circ", "need", "note", "next", "p1goal", "p1step1", "p1step2", "p2situation"):
        assert f"{tag}alku" in text and f"{tag}LOPPU" in text, tag

    for number, tag in ((1, "p1"), (2, "p2")):
        out = tmp_path / f"plan{number}.pdf"
        printed = run_cli("plan", "pdf", client.id, "--version", str(number), "--out", str(out), data_dir=folder)
        assert printed.returncode == 0, printed.stderr
        text = _pdf_text(out)
        for part in ("goal", "words", "situation", "step1", "step2"):
            assert f"{tag}{part}alku" in text and f"{tag}{part}LOPPU" in text, part


def test_words_longer_than_any_line_print_in_full(session: Session, tmp_path: Path) -> None:
    """Text the program no longer accepts but an older vault may hold: saved through the store directly. The
    long word is Greek, so that what the PDF shows of it can be told apart from every other text."""
    rng = random.Random(1)
    word = "".join(rng.choice("αβγδεζηθικλμνξοπρστυφχψω") for _ in range(100_000))
    client = session.clients.save(Client(first_name="A" * 5000, last_name="Sanasto", background=word,
                                         municipality="K" * 3000))
    session.meetings.save(Meeting(client_id=client.id, starts_at=dt.datetime.combine(TODAY, dt.time(9)),
                                  notes=word, place="P" * 2000))
    content = PlanContent(goal=word, review_date=TODAY + dt.timedelta(days=9), steps=[
        PlanStep(ServiceKind.OTHER, word, Responsible.OTHER_ORGANISATION, organisation="O" * 3000)])
    plans.plans(session).save_draft(PlanVersion(client_id=client.id, number=1, content=content))
    pdf = tmp_path / "plan.pdf"
    plans.export_plan_pdf(session, client.id, pdf)
    assert _greek(_pdf_text(pdf)) == word * 2  # the goal and the step, every letter in order

    from omavalmentaja.services.client_export import export_client

    export_client(session, client.id, tmp_path / "vienti")
    assert _greek(_pdf_text(tmp_path / "vienti" / "asiakastiedot.pdf")) == word * 4  # background, note, plan


def _greek(text: str) -> str:
    return "".join(ch for ch in text if "\u03b1" <= ch <= "\u03c9")
