"""The plan tab in the real main window: edit a draft, sign it in hand-over mode with drawn signatures,
editing afterwards makes a new version; the viewing folder for "Avaa PDF" is emptied at lock."""

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from gui_helpers import answer_coach_check, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.plan import PlanStep, ServiceKind
from omavalmentaja.services import plans
from omavalmentaja.ui.pdf_open import view_folder, write_for_viewing
from omavalmentaja.ui.signature_pad import SignaturePad

SHOTS = os.environ.get("OMAVALMENTAJA_SCREENSHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture
def window(qtbot, session, vault_dir):
    from omavalmentaja.ui.main_window import MainWindow

    main = MainWindow(vault_dir)
    qtbot.addWidget(main)
    main.open_session(session)
    main.resize(1280, 800)
    main.show()
    yield main
    if main.handover_window is not None:
        main.handover_window.force_close()


def _plan_tab(main, client_id):
    from omavalmentaja.ui.tabs.plan import PlanTab

    main.show_client(client_id)
    tabs = main.client_detail.tabs
    index = next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), PlanTab))
    tabs.setCurrentIndex(index)
    return tabs.widget(index)


def _draw(qtbot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 120))
    for x, y in ((90, 70), (150, 140), (220, 80), (300, 130)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 130))


def _coach_check(qtbot, view, passphrase: str) -> None:
    assert view.coach_check.isVisible()
    view.coach_check.field.edit.setText(passphrase)
    view.coach_check.check()
    wait_for_jobs(qtbot)


def test_edit_sign_in_handover_and_edit_again(qtbot, window, session, passphrase) -> None:
    client = session.clients.save(Client(first_name="Олена", last_name="Шевченко"))
    tab = _plan_tab(window, client.id)
    tab.form.goal.setText("Lähihoitajan koulutus")
    tab.form.add_step(PlanStep(ServiceKind.OHJAAMO, "Käynti Ohjaamossa"))
    tab.form.review_date.set_date(dt.date.today() + dt.timedelta(days=60))
    tab.autosave()
    assert plans.load_autosaved_plan(session, client.id).goal == "Lähihoitajan koulutus"

    tab.start_signing()
    handover = window.handover_window
    assert handover is not None and not window.isVisible()
    view = handover.content
    qtbot.waitExposed(handover)
    assert not view.client_accept.isEnabled()
    _draw(qtbot, view.client_pad.pad)
    assert view.client_accept.isEnabled()
    if SHOTS:
        handover.grab().save(str(Path(SHOTS) / "handover-client.png"))
    view.client_accept.click()
    assert view.stack.currentIndex() == 0  # the coach's page waits for the coach's passphrase
    _coach_check(qtbot, view, "väärä tunnuslause")
    assert view.stack.currentIndex() == 0 and view.coach_check.isVisible()
    view.coach_check.reject()
    view.client_accept.click()
    _coach_check(qtbot, view, passphrase)
    assert view.stack.currentIndex() == 1
    assert view.coach_name.text() == ""  # no name for the coach in the vault yet: never the OS user ("root")
    view.coach_name.setText("Veera Valmentaja")
    _draw(qtbot, view.coach_pad.pad)
    if SHOTS:
        handover.grab().save(str(Path(SHOTS) / "handover-coach.png"))
    view.coach_sign.click()
    wait_for_jobs(qtbot)
    assert handover.stack.currentWidget() is handover.done_page

    signed = plans.latest_signed(session, client.id)
    assert signed is not None and signed.content.goal == "Lähihoitajan koulutus"
    assert all(s.image_png for s in signed.signatures) and plans.verify(session, signed.id) == []
    assert plans.load_autosaved_plan(session, client.id) is None
    client_sig = signed.signatures[0] if signed.signatures[0].role.value == "client" else signed.signatures[1]
    assert client_sig.signer_name == "Олена Шевченко"

    answer_coach_check(qtbot, handover, passphrase)
    assert window.isVisible() and window.handover_window is None
    tab = _plan_tab(window, client.id)
    assert tab.selected().is_signed and not tab.save_button.isVisible() and "tarkistuskoodi" in tab.status.text()
    pictures = [tab.signatures.itemAt(i).widget() for i in range(tab.signatures.count())]
    assert sum(1 for w in pictures if w is not None and w.pixmap() is not None and not w.pixmap().isNull()) == 2
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "plan-tab-signed.png"))
    tab.edit_button.click()
    assert tab.selected().number == 2 and not tab.selected().is_signed
    assert [v.number for v in plans.versions(session, client.id)] == [2, 1]


def test_signing_an_incomplete_plan_is_refused_before_handover(qtbot, window, session, monkeypatch) -> None:
    from omavalmentaja.ui.tabs import plan as plan_tab_module

    errors = []
    monkeypatch.setattr(plan_tab_module, "show_error", lambda parent, exc: errors.append(str(exc)))
    client = session.clients.save(Client(first_name="Aino", last_name="Mäkinen"))
    tab = _plan_tab(window, client.id)
    tab.form.goal.setText("Työ")
    tab.start_signing()
    assert window.handover_window is None and errors and "ei ole yhtään vaihetta" in errors[0]


def test_viewed_pdfs_are_private_and_removed_at_lock(qtbot, window, session, vault_dir) -> None:
    path = write_for_viewing(vault_dir, b"%PDF-1.4 test", window.workspace)
    assert path.parent == view_folder(vault_dir) and path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    window.lock()
    qtbot.waitUntil(lambda: not path.exists(), timeout=3000)
    assert list(path.parent.iterdir()) == []


def test_coach_confirms_with_the_passphrase(qtbot, window, session, passphrase, monkeypatch) -> None:
    from omavalmentaja.domain.plan import SignatureMethod, SignerRole
    from omavalmentaja.ui import plan_signing

    errors = []
    monkeypatch.setattr(plan_signing, "show_error", lambda parent, exc: errors.append(str(exc)))
    client = session.clients.save(Client(first_name="Aino", last_name="Mäkinen"))
    tab = _plan_tab(window, client.id)
    tab.form.goal.setText("Työ kaupan alalta")
    tab.form.add_step(PlanStep(ServiceKind.JOB_SEARCH, "Haetaan paikkoja"))
    tab.form.review_date.set_date(dt.date.today() + dt.timedelta(days=30))
    tab.start_signing()
    view = window.handover_window.content
    _draw(qtbot, view.client_pad.pad)
    view.client_accept.click()
    _coach_check(qtbot, view, passphrase)
    view.coach_name.setText("Veera Valmentaja")
    view.passphrase.edit.setText("not the passphrase")
    view.passphrase_confirm.click()
    wait_for_jobs(qtbot)
    assert errors and "väärä tunnuslause" in errors[0] and plans.latest_signed(session, client.id) is None
    view.passphrase.edit.setText(passphrase)
    view.passphrase_confirm.click()
    wait_for_jobs(qtbot)
    signed = plans.latest_signed(session, client.id)
    assert signed is not None and signed.signature(SignerRole.COACH).method == SignatureMethod.PASSPHRASE



def test_deleting_a_draft_keeps_the_signed_version(qtbot, window, session, monkeypatch) -> None:
    import random

    from PySide6.QtWidgets import QMessageBox

    from omavalmentaja.domain.plan import PlanContent

    client = session.clients.save(Client(first_name="Aino", last_name="Mäkinen"))
    content = PlanContent(goal="Työ", steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haku")],
                          review_date=dt.date.today() + dt.timedelta(days=30))
    first = plans.edit_plan(session, client.id, content)
    png = plans.demo_signature_png(random.Random(1))
    plans.sign_plan(session, first.id, plans.SignatureInput("Aino", png), plans.SignatureInput("V", png))
    plans.edit_plan(session, client.id, PlanContent(goal="Uusi"))
    tab = _plan_tab(window, client.id)
    assert tab.selected().number == 2 and tab.delete_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    assert [v.number for v in plans.versions(session, client.id)] == [1]
    assert tab.selected() is None or tab.selected().is_signed


def test_print_settings_dialog_saves_name_logo_and_coach(qtbot, session) -> None:
    import random

    from omavalmentaja.services.plan_settings import load_print_settings
    from omavalmentaja.ui.plan_print_settings import PrintSettingsDialog

    dialog = PrintSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.municipality.setText("Kuhmon kaupunki")
    dialog.coach_name.setText("Veera Valmentaja")
    dialog._set_logo(plans.demo_signature_png(random.Random(4), 200, 80))
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.save()
    saved = load_print_settings(session)
    assert saved.municipality_name == "Kuhmon kaupunki" and saved.coach_name == "Veera Valmentaja"
    assert saved.logo_png is not None and saved.logo_png.startswith(b"\x89PNG")


def test_a_step_period_typed_in_the_card_is_saved_and_printed(qtbot, window, session, monkeypatch) -> None:
    from omavalmentaja.ui.tabs import plan as plan_tab_module

    errors: list[str] = []
    monkeypatch.setattr(plan_tab_module, "show_error", lambda parent, exc: errors.append(str(exc)))
    client = session.clients.save(Client(first_name="Aino", last_name="Korhonen"))
    tab = _plan_tab(window, client.id)
    tab.form.goal.setText("Työpaikka kirjastosta")
    card = tab.form.add_step(PlanStep(ServiceKind.WORK_TRIAL, "Työkokeilu kirjastossa"))
    card.starts.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(card.starts, "1.12.2026")  # typed into the empty field, the way a coach types a date
    card.ends.set_date(dt.date(2027, 2, 28))
    tab.save_button.click()
    wait_for_jobs(qtbot)
    step = plans.current_draft(session, client.id).content.steps[0]
    assert (step.starts_on, step.ends_on) == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    text = subprocess.run(["pdftotext", "-", "-"], input=plans.plan_pdf_bytes(session, client.id),
                          capture_output=True, check=True).stdout.decode()
    assert "aika 1.12.2026 – 28.2.2027" in " ".join(text.split())
    card = tab.form.step_editors[0]  # the saved draft is shown again in new cards
    assert card.starts.accessibleName() == "Palvelu alkaa" and card.ends.accessibleName() == "Palvelu päättyy"
    assert card.starts.date_value() == dt.date(2026, 12, 1)
    card.ends.set_date(dt.date(2026, 11, 1))  # before the start: refused with the step's number, nothing saved
    tab.save_button.click()
    assert errors and "vaiheen 1 palvelu päättyy ennen kuin se alkaa" in errors[0]
    assert plans.current_draft(session, client.id).content.steps[0].ends_on == dt.date(2027, 2, 28)
    card.ends.setFocus(Qt.FocusReason.TabFocusReason)
    card.ends.lineEdit().selectAll()
    qtbot.keyClick(card.ends, Qt.Key.Key_Delete)  # the whole date deleted: the optional field is empty again
    assert card.ends.date_value() is None


def test_the_client_reads_the_provider_and_the_period_before_signing(session) -> None:
    from omavalmentaja.domain.plan import PlanContent
    from omavalmentaja.ui.plan_signing import plan_summary_html

    client = session.clients.save(Client(first_name="Aino", last_name="Korhonen"))
    draft = plans.edit_plan(session, client.id, PlanContent(goal="Työ", steps=[
        PlanStep(ServiceKind.WORK_TRIAL, "Kirjasto", provider="Kaupunginkirjasto", starts_on=dt.date(2026, 12, 1),
                 ends_on=dt.date(2027, 2, 28))]))
    html = plan_summary_html(draft, "Aino Korhonen")
    assert "Palveluntuottaja: Kaupunginkirjasto" in html and "Palvelun aika: 1.12.2026 – 28.2.2027" in html
