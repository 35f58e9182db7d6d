"""The plan PDF read back with poppler: real text in every script, the signature images, page numbers."""

import datetime as dt
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind
from omavalmentaja.export.fonts import REGULAR, register_fonts, visual_order
from omavalmentaja.services import plans as svc
from omavalmentaja.services.plan_settings import PrintSettings, save_print_settings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TODAY = dt.date.today()
STEPS = ("Päivitetään CV ja haetaan kahta paikkaa viikossa", "Työkokeilu Kajaanin kirjastossa",
         "Trukkikorttikoulutus syksyllä")


def _plan(session, first: str, last: str, steps=STEPS, goal="Työpaikka logistiikka-alalta"):
    client = session.clients.save(Client(first_name=first, last_name=last, date_of_birth=dt.date(1990, 3, 12)))
    content = PlanContent(goal=goal, client_words="Haluan töihin aamuvuoroon.", steps=[
        PlanStep(ServiceKind.JOB_SEARCH, text, Responsible.CLIENT, due_date=TODAY + dt.timedelta(days=20))
        for text in steps], review_date=TODAY + dt.timedelta(days=90))
    return client, svc.edit_plan(session, client.id, content)


def _sign(session, version):
    rng = random.Random(5)
    return svc.sign_plan(session, version.id, svc.SignatureInput("Asiakas", svc.demo_signature_png(rng)),
                         svc.SignatureInput("Valmentaja Veera", svc.demo_signature_png(rng, 400, 300)))


def _text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def _images(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.split()[2] == "image"]


def test_signed_plan_has_names_goal_steps_and_signature_images(session, tmp_path: Path) -> None:
    client, draft = _plan(session, "Äijö", "Pöllänen-Åkerlund")
    signed = _sign(session, draft)
    pdf = svc.export_plan_pdf(session, client.id, tmp_path / "plan.pdf")
    text = _text(pdf)
    assert "Äijö Pöllänen-Åkerlund" in text
    assert "Työpaikka logistiikka-alalta" in text
    for step in STEPS:
        assert step in text
    assert signed.verification_code in text and "Sivu 1/1" in text
    assert "LUONNOS" not in text
    images = _images(pdf)
    assert len(images) == 2
    sizes = sorted((int(row[3]), int(row[4])) for row in images)
    assert sizes == [(400, 300), (600, 200)]  # both signatures, each at its own proportions


def test_draft_prints_cyrillic_and_sami_names_with_a_draft_mark(session, tmp_path: Path) -> None:
    client, _ = _plan(session, "Олена", "Шевченко")
    text = _text(svc.export_plan_pdf(session, client.id, tmp_path / "draft.pdf"))
    assert "Олена Шевченко" in text and "LUONNOS – ei allekirjoitettu" in text
    assert _images(tmp_path / "draft.pdf") == []
    sami, _ = _plan(session, "Máret-Čđŋ", "Šŧžoalli")
    assert "Máret-Čđŋ Šŧžoalli" in _text(svc.export_plan_pdf(session, sami.id, tmp_path / "sami.pdf"))


def test_arabic_names_have_glyphs_in_the_embedded_font() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    for ch in "محمد الحسن فاطمة عبدالله".replace(" ", ""):
        assert ord(ch) in face.charToGlyph, ch


def test_long_plan_breaks_across_pages_with_numbers_and_header_settings(session, tmp_path: Path) -> None:
    steps = tuple(f"Vaihe numero {n}: pitkä kuvaus, joka rivittyy taulukon solussa useammalle riville "
                  f"ilman että mitään leikkautuu pois" for n in range(1, 31))
    logo = svc.demo_signature_png(random.Random(1), 300, 100)
    save_print_settings(session, PrintSettings(municipality_name="Sotkamon kunta", logo_png=logo))
    client, _ = _plan(session, "Aino", "Korhonen", steps=steps)
    pdf = svc.export_plan_pdf(session, client.id, tmp_path / "long.pdf")
    text = _text(pdf)
    pages = int(re.search(r"Sivu 1/(\d+)", text).group(1))
    assert pages >= 2 and all(f"Sivu {n}/{pages}" in text for n in range(1, pages + 1))
    assert text.count("Sotkamon kunta") == pages  # the header on every page
    for step in steps:
        assert step in text
    assert len(_images(pdf)) == pages  # the logo on each page


def test_pdf_is_written_owner_only_without_temp_files(session, tmp_path: Path) -> None:
    client, _ = _plan(session, "Aino", "Korhonen")
    out = tmp_path / "out" / "suunnitelma.pdf"
    svc.export_plan_pdf(session, client.id, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["suunnitelma.pdf"]


def test_coach_confirmed_by_passphrase_prints_a_note_instead_of_an_image(session, passphrase, tmp_path) -> None:
    client, draft = _plan(session, "محمد", "الحسن")
    png = svc.demo_signature_png(random.Random(8))
    svc.sign_plan(session, draft.id, svc.SignatureInput("محمد الحسن", png), svc.SignatureInput("Veera"), passphrase)
    pdf = svc.export_plan_pdf(session, client.id, tmp_path / "p.pdf")
    assert "Vahvistettu tunnuslauseella" in _text(pdf)
    assert len(_images(pdf)) == 1


def test_right_to_left_words_are_put_in_reading_order() -> None:
    assert visual_order("محمد الحسن") == "الحسن محمد"
    assert visual_order("Nimi: محمد الحسن, Олена") == "Nimi: الحسن محمد, Олена"
    assert visual_order("Aino Mäkinen") == "Aino Mäkinen"


@pytest.mark.parametrize(("language", "words", "finnish"), [
    ("sv", ("Personlig plan", "Steg och tjänster", "Arbetsprövning", "tid 1.12.2026 – 28.2.2027", "UTKAST",
            "Sida 1/1", "Datum och underskrift"), ("Vaiheet", "Sivu", "LUONNOS", "Tavoite", "Asiakas ")),
    ("en", ("Personal plan", "Steps and services", "Work trial", "period 1.12.2026 – 28.2.2027", "DRAFT",
            "Page 1/1", "Date and signature"), ("Vaiheet", "Sivu", "LUONNOS", "Tavoite", "UTKAST")),
])
def test_a_plan_prints_in_the_clients_language_throughout(session, tmp_path, language, words, finnish) -> None:
    client = session.clients.save(Client(first_name="Saga", last_name="Björklund", languages=[language]))
    svc.edit_plan(session, client.id, PlanContent(goal="Arbete", steps=[
        PlanStep(ServiceKind.WORK_TRIAL, "Bibliotek", starts_on=dt.date(2026, 12, 1), ends_on=dt.date(2027, 2, 28))],
        review_date=TODAY + dt.timedelta(days=60)))
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(svc.plan_pdf_bytes(session, client.id))
    text = _text(pdf)
    assert all(word in text for word in words), text
    assert not [word for word in finnish if word in text], text  # one language at a time, never a pair
