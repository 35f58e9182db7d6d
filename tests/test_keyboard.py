"""Keyboard alone: the Tab key goes through the unlock screen, the client form and the plan's step cards in the
order they are read (top to bottom, left to right), and the main actions have keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from omavalmentaja.domain.plan import PlanStep, ServiceKind
from omavalmentaja.services.session import Session
from omavalmentaja.ui.new_client_dialog import NewClientDialog
from omavalmentaja.ui.plan_form import PlanForm
from omavalmentaja.ui.unlock_page import UnlockPage


def name_of(widget: QWidget | None) -> str:
    """What a screen reader says for the focused control (a date box's inner field: the box's name)."""
    if widget is None:
        return "(none)"
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return type(widget).__name__
    if face.role() == QAccessible.Role.ComboBox:  # Qt on Linux sends a combo box's value as its name, and its
        labels = face.relations(QAccessible.RelationFlag.Label)  # label as a relation (widgets.label_combo)
        return labels[0][0].text(QAccessible.Text.Name) if labels else widget.accessibleName()
    return face.text(QAccessible.Text.Name)


def tab_through(qtbot, top: QWidget, first: QWidget, presses: int) -> list[str]:  # type: ignore[no-untyped-def]
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    names = [name_of(QApplication.focusWidget())]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(name_of(QApplication.focusWidget()))
    return names


def test_unlock_screen_tab_order(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    Session.create(vault_dir, passphrase).lock()
    page = UnlockPage(vault_dir)
    qtbot.addWidget(page)
    page.pin.setVisible(True)  # as when quick unlock is on
    order = tab_through(qtbot, page, page.passphrase.edit, 5)
    assert order == ["Tunnuslause", "Näytä", "PIN-koodi", "Avaa", "Unohtuiko tunnuslause?", "Tunnuslause"]


def test_client_form_tab_order(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with Session.create(vault_dir, passphrase) as session:
        dialog = NewClientDialog(session)
        qtbot.addWidget(dialog)
        order = tab_through(qtbot, dialog, dialog.form.first_name, 21)
        buttons = [button.text() for button in dialog.findChild(QDialogButtonBox).buttons()]
    assert order == [
        "Etunimet *", "Sukunimi *", "Kutsumanimi", "Henkilötunnus", "Syntymäaika", "Puhelin", "Sähköposti", "Osoite",
        "Kotikunta", "Kielet", "Tarvitsee tulkin", "Kohderyhmäperuste (kokeilu 2021–2024)", "Asiakkuus alkoi",
        "Monialaisen palvelun tarve (TYP)", "Monialaisuuden peruste", "Tausta", "Ilmoittautunut työnhakijaksi",
        "Työnhakuvelvollisuus", "Tarkastelujaksot alkaen", *buttons, "Etunimet *"]


def test_step_cards_tab_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = PlanForm()
    qtbot.addWidget(form)
    for text in ("Ensimmäinen", "Toinen"):
        form.add_step(PlanStep(ServiceKind.JOB_SEARCH_COACHING, text))
    card = ["Palvelu", "Määräaika", "Tila", "Mitä tehdään", "Palveluntuottaja", "Vastuu", "Kuka (muu toimija)"]
    order = tab_through(qtbot, form, form.situation, 2 * (len(card) + 3) + 3)
    assert order == ["Nykytilanne",
                     *card, "Poista vaihe 1", "Palvelu alkaa", "Palvelu päättyy",
                     *card, "Poista vaihe 2", "Palvelu alkaa", "Palvelu päättyy",
                     "Lisää vaihe", "Tarkistuspäivä", order[-1]]


def test_a_coach_gets_through_the_day_by_keyboard(qtbot, vault_dir: Path, passphrase: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Unlock with Enter, Ctrl+2 to the clients, Ctrl+F to search, Enter to the first match, Down to the
    next client, Ctrl+N for a new client, Ctrl+1 to Today, Ctrl+L to lock."""
    from gui_helpers import wait_for_jobs
    from omavalmentaja.domain.client import Client
    from omavalmentaja.ui.main_window import MainWindow

    with Session.create(vault_dir, passphrase) as session:
        for first, last in (("Aino", "Korhonen"), ("Aino", "Virtanen"), ("Eero", "Mäkinen")):
            session.clients.save(Client(first_name=first, last_name=last))
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.gate.passphrase.edit)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or window, key, modifier)

    QTest.keyClicks(QApplication.focusWidget(), passphrase)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    wait_for_jobs(qtbot)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    wait_for_jobs(qtbot)
    assert window.pages.currentIndex() == 1
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.client_list.search
    QTest.keyClicks(window.client_list.search, "Aino")
    qtbot.waitUntil(lambda: window.client_list.model.total() == 2, timeout=10_000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_detail.title.text() == "Aino Korhonen", timeout=10_000)
    press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.client_detail.title.text() == "Aino Virtanen", timeout=10_000)
    opened: list[str] = []  # the dialog's title, instead of a modal dialog waiting for its own keys
    monkeypatch.setattr(NewClientDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: opened == ["Uusi asiakas"], timeout=5_000)
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session is None, timeout=10_000)
