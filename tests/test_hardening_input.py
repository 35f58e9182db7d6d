"""Input rules in the domain (issue 10, findings 1, 7 and 11): field lengths, control characters and bidi
overrides in every text field, and images decoded with bounded size, refused the same way by the app's
services, the CLI and the CSV import, with one line and nothing changed."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from conftest import run_cli
from hostile_images import bomb_png, truncated
from omavalmentaja.domain import limits
from omavalmentaja.domain.client import Assessment, Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind
from omavalmentaja.errors import UserError
from omavalmentaja.messages import set_language
from omavalmentaja.services import plans
from omavalmentaja.services.clients import save_assessment, save_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.plan_settings import PrintSettings, load_print_settings, save_print_settings
from omavalmentaja.services.session import Session
from sync_support import store_digest

TODAY = dt.date.today()
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
CONTROLS = ["\x1b]8;;http://x\x07", "\x1b[2J", "\x00", "\x7f", "\x9b", "\r"]


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")
    yield
    set_language("fi")


def test_a_name_of_131000_characters_is_refused_everywhere(session: Session, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="First name: at most 100 characters"):
        save_client(session, Client(first_name="A" * 131_000, last_name="Pitkä"))
    with pytest.raises(UserError, match="Municipality: at most 200"):
        save_client(session, Client(first_name="Aino", last_name="Pitkä", municipality="K" * 201))
    assert save_client(session, Client(first_name="A" * 100, last_name="B" * 100, municipality="K" * 200)).id
    folder, before = session.vault.folder, store_digest(session)
    session.lock()
    csv = tmp_path / "asiakkaat.csv"
    csv.write_text("first_name;last_name\nAino;" + "x" * 131_000 + "\n", encoding="utf-8")
    result = run_cli("--lang", "en", "client", "import", str(csv), data_dir=folder)
    assert result.returncode == 2 and "Last name: at most 100 characters (now 131000)" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr) < 300  # the CSV import lists a line per row
    assert _digest(folder) == before


def _digest(folder: Path) -> str:
    again = Session.unlock(folder, "kaksi kissaa ja koira 2026")
    try:
        return store_digest(again)
    finally:
        again.close_quietly()


@pytest.mark.parametrize("mark", BIDI)
def test_bidi_overrides_are_refused_in_names_and_notes(session: Session, mark: str) -> None:
    with pytest.raises(UserError, match="Last name: holds a text-direction control"):
        save_client(session, Client(first_name="Aino", last_name=f"Mäki{mark}nen"))
    client = save_client(session, Client(first_name="Aino", last_name="Mäkinen"))
    with pytest.raises(UserError, match="Notes: holds a text-direction control"):
        save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime(2026, 5, 4, 9),
                                      notes=f"ok {mark}gnp.exe"))


@pytest.mark.parametrize("control", CONTROLS)
def test_control_characters_are_refused_but_notes_keep_lines_and_tabs(session: Session, control: str) -> None:
    with pytest.raises(UserError, match="First name: holds a control character"):
        save_client(session, Client(first_name=f"Ai{control}no", last_name="Mäkinen"))
    with pytest.raises(UserError, match="Place: holds a control character"):
        client = save_client(session, Client(first_name="Aino", last_name=f"Mäkinen{len(control)}"))
        save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime(2026, 5, 4, 9),
                                      place="Kirjasto\nLukusali"))
    with pytest.raises(UserError, match="Background: holds a control character"):
        save_client(session, Client(first_name="Aino", last_name="Mäkinen", background=f"rivi{control}"))
    kept = save_client(session, Client(first_name="Aino", last_name="Mäkinen", background="yksi\n\tkaksi\nkolme"))
    assert session.clients.get(kept.id).background == "yksi\n\tkaksi\nkolme"


def test_csv_import_refuses_bidi_and_escape_sequences_with_one_line(session: Session, tmp_path: Path) -> None:
    folder, before = session.vault.folder, store_digest(session)
    session.lock()
    for name in ("Mäki\u202enen", "Aino\x1b[2J\x1b[31m"):
        csv = tmp_path / "a.csv"
        csv.write_text(f"first_name;last_name\nAino;{name}\n", encoding="utf-8")
        result = run_cli("--lang", "en", "client", "import", str(csv), data_dir=folder)
        assert result.returncode == 2, result.stderr
        assert "line 2: Last name: holds a" in result.stderr and "Traceback" not in result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert _digest(folder) == before


def test_long_plan_and_assessment_texts_are_bounded(session: Session) -> None:
    client = save_client(session, Client(first_name="Aino", last_name="Mäkinen"))
    at_limit = "s" * limits.LONG_TEXT
    step = PlanStep(ServiceKind.OTHER, at_limit, Responsible.OTHER_ORGANISATION, organisation="TYP")
    plans.edit_plan(session, client.id, PlanContent(goal=at_limit, steps=[step]))
    over = PlanStep(ServiceKind.OTHER, at_limit + "s", Responsible.CLIENT)
    with pytest.raises(UserError, match="Step description: at most 20000 characters"):
        plans.edit_plan(session, client.id, PlanContent(goal="Työ", steps=[over]))
    with pytest.raises(UserError, match="Steps: at most 50 items"):
        plans.edit_plan(session, client.id, PlanContent(steps=[step] * 51))
    with pytest.raises(UserError, match="Responsible organisation: holds a control character"):
        plans.edit_plan(session, client.id, PlanContent(steps=[PlanStep(
            ServiceKind.OTHER, "x", Responsible.OTHER_ORGANISATION, organisation="TYP\x1b[31m")]))
    with pytest.raises(UserError, match="Circumstances and health: at most 20000"):
        save_assessment(session, Assessment(client_id=client.id, assessed_on=TODAY, circumstances=at_limit + "x"))
    with pytest.raises(UserError, match="Licences and cards: holds a control"):
        save_assessment(session, Assessment(client_id=client.id, assessed_on=TODAY, licences=["b\x00"]))


def _draft(session: Session) -> plans.PlanVersion:
    client = save_client(session, Client(first_name="Aino", last_name="Mäkinen"))
    return plans.edit_plan(session, client.id, PlanContent(
        goal="Työ", review_date=TODAY + dt.timedelta(days=30),
        steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haetaan", Responsible.CLIENT)]))


@pytest.mark.parametrize(("image", "expected"), [
    (bomb_png(), "too many pixels"), (truncated(plans.demo_signature_png(random.Random(1))), "damaged or truncated"),
    (b"\x89PNG\r\n\x1a\nnot really", "damaged or truncated"), (b"GIF89a", "signature is missing")])
def test_sign_plan_decodes_the_drawn_signature(session: Session, image: bytes, expected: str) -> None:
    draft = _draft(session)
    digest = store_digest(session)
    good = plans.demo_signature_png(random.Random(2))
    with pytest.raises(UserError, match=expected):
        plans.sign_plan(session, draft.id, plans.SignatureInput("Aino Mäkinen", image),
                        plans.SignatureInput("Veera", good))
    with pytest.raises(UserError, match=expected):
        plans.sign_plan(session, draft.id, plans.SignatureInput("Aino Mäkinen", good),
                        plans.SignatureInput("Veera", image))
    with pytest.raises(UserError, match="Signer's name: holds a text-direction"):
        plans.sign_plan(session, draft.id, plans.SignatureInput("Aino \u202eMäkinen", good),
                        plans.SignatureInput("Veera", good))
    assert store_digest(session) == digest


@pytest.mark.parametrize(("logo", "expected"), [
    (bomb_png(), "The image has too many pixels (at most 4000 × 4000)"),
    (truncated(plans.demo_signature_png(random.Random(1), 300, 100)),
     "The image is damaged or truncated; it cannot be read"),
])
def test_print_settings_logo_is_decoded_before_it_is_kept(session: Session, tmp_path: Path, logo: bytes,
                                                          expected: str) -> None:
    good = plans.demo_signature_png(random.Random(1), 300, 100)
    save_print_settings(session, PrintSettings(municipality_name="Sotkamo", logo_png=good))
    with pytest.raises(UserError, match="Municipality: holds a text-direction"):
        save_print_settings(session, PrintSettings(municipality_name="Sotka\u202emo"))
    folder = session.vault.folder
    session.lock()
    path = tmp_path / "logo.png"
    path.write_bytes(logo)
    result = run_cli("--lang", "en", "plan", "print-settings", "--logo", str(path), data_dir=folder)
    assert result.returncode == 2 and result.stderr.strip() == f"omavalmentaja: {expected}", result.stderr
    again = Session.unlock(folder, "kaksi kissaa ja koira 2026")
    try:
        assert load_print_settings(again).logo_png == good
    finally:
        again.close_quietly()


def test_free_text_answers_refuse_bidi_overrides(session: Session) -> None:
    from omavalmentaja.services.instrument_catalog import KYKYVIISARI_RESULTS, get_instrument
    from omavalmentaja.services.questionnaires import save_form_response

    client = save_client(session, Client(first_name="Aino", last_name="Mäkinen"))
    answers = {"kv_form": "standard", "kv_language": "fi", "work_ability": 6, "area_c": 5, "area_d": 6,
               "area_e": 7, "area_f": 6, "area_g": 8, "wishes": "Töihin\u202e", "comment": ""}
    with pytest.raises(UserError, match="text-direction"):
        save_form_response(session, client.id, get_instrument(session, KYKYVIISARI_RESULTS), TODAY, answers)
    answers["wishes"] = "Töihin\nkeväällä"
    assert save_form_response(session, client.id, get_instrument(session, KYKYVIISARI_RESULTS), TODAY, answers)
