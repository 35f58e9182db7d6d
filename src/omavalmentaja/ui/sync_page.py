"""Synkronointi: the sync page, shown by the main window's side bar.

Contract: make_sync_page(session) -> QWidget for the unlocked Session (an object with a `session`, such as
the main window, is accepted too). A coach's vault gets the laptop page (device fingerprint, office
enrolment, export and receipt import); an office vault gets the office page (key file, importing coaches'
bundles with the fingerprint confirmation, devices, open conflicts).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.dates import format_date
from omavalmentaja.services import office, sync
from omavalmentaja.services.session import Session
from omavalmentaja.ui.events import events
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.theme import tone
from omavalmentaja.ui.widgets import heading, show_error


def bundle_filter() -> str:
    return QCoreApplication.translate("sync", "Synkronointipaketti (*.omvb)")


def key_filter() -> str:
    return QCoreApplication.translate("sync", "Toimiston avaintiedosto (*.omvkey)")


def make_sync_page(source: Session | Any) -> QWidget:
    session = source if isinstance(source, Session) else source.session
    assert session is not None
    if office.is_office_vault(session):
        return OfficeSyncPage(session)
    return CoachSyncPage(session)


def fingerprint_label(text: str = "") -> QLabel:
    """A fingerprint large enough to read aloud over the phone, and selectable for copying."""
    label = QLabel(text)
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    # a style sheet, since the application's style sheet sets every widget's font size
    label.setStyleSheet(f"font-family: '{family}'; font-size: 20px; font-weight: bold; color: {tone('heading')};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def page_heading(text: str) -> QLabel:
    label = heading(text, 18)
    label.setStyleSheet("font-size: 22px; font-weight: bold; margin-bottom: 6px;")
    return label


def left_aligned(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        widget.setMinimumHeight(36)
        row.addWidget(widget)
    row.addStretch(1)
    return row


def ask_office_fingerprint(parent: QWidget, fingerprint: str) -> bool:
    """The comparison step (here and in the first-run guide): the key file may have come over any channel, so the
    coach compares its fingerprint with the one the office reads out or prints, before anything is registered."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CoachSyncPage", "Vertaa toimiston sormenjälkeä"),
        QCoreApplication.translate(
            "CoachSyncPage", "Pyydä toimistoa lukemaan sormenjälkensä puhelimessa tai katso se toimiston tulosteesta. "
                             "Rekisteröi avain vain, jos se on merkki merkiltä sama kuin tämän avaintiedoston:")
        + "\n\n" + fingerprint + "\n\n"
        + QCoreApplication.translate("CoachSyncPage", "Ovatko sormenjäljet täsmälleen samat?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _date_of(stamp: str | None) -> str:
    return format_date(dt.date.fromisoformat(stamp[:10])) if stamp else "–"


class _Page(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.status = QLabel("")
        self.status.setObjectName("syncStatus")
        self.status.setAccessibleName(self.tr("Tila"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _run(self, work: Any, done: Any, label: str, cancellable: bool = False) -> None:
        """Slow crypto and database work off the GUI thread; work(progress) may report progress, and the
        coach may cancel at the next report (an import is rolled back)."""

        def finished(value: Any) -> None:
            done(value)
            self.refresh()

        def failed(error: Exception) -> None:
            self.status.setText("")
            show_error(self, error)
            self.refresh()

        operations().run(lambda task: work(task.progress), on_done=finished, on_error=failed, label=label,
                         parent=self, cancellable=cancellable, name="sync")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"background: {tone('info_bg')}; padding: 8px;" if text else "")

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt naming)
        if not operations().busy:
            self.refresh()
        super().showEvent(event)


class CoachSyncPage(_Page):
    """The laptop: this device's fingerprint, the office's key, export of changes, import of receipts."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.device_id = QLabel()
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = fingerprint_label()
        device_box = QGroupBox(self.tr("Tämä laite"))
        device_form = QFormLayout(device_box)
        device_form.addRow(self.tr("Sormenjälki"), self.fingerprint)
        device_form.addRow(self.tr("Laitetunnus"), self.device_id)
        device_form.addRow("", self._hint(self.tr("Toimisto hyväksyy laitteen vasta, kun se on verrannut tätä "
                                                  "sormenjälkeä omaan näkymäänsä.")))
        self.office_state = QLabel()
        self.office_state.setWordWrap(True)
        self.coach_name = QLineEdit()
        self.coach_name.setPlaceholderText(self.tr("Nimesi toimiston listoissa"))
        self.enrol_button = QPushButton(self.tr("Rekisteröi toimiston avaintiedosto…"))
        self.enrol_button.clicked.connect(self.choose_enrolment_file)
        office_box = QGroupBox(self.tr("Toimisto"))
        office_form = QFormLayout(office_box)
        office_form.addRow(self.tr("Tila"), self.office_state)
        office_form.addRow(self.tr("Valmentaja"), self.coach_name)
        office_form.addRow("", left_aligned(self.enrol_button))
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Vie muutospaketti…"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = QPushButton(self.tr("Tuo toimiston kuittaus…"))
        self.import_button.clicked.connect(self.choose_receipt_file)
        buttons = left_aligned(self.export_button, self.import_button)
        changes_box = QGroupBox(self.tr("Muutokset toimistoon"))
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.addWidget(self.pending)
        changes_layout.addLayout(buttons)
        changes_layout.addWidget(self._hint(self.tr("Paketti on salattu toimiston avaimella ja allekirjoitettu tämän "
                                                    "laitteen avaimella. Samat muutokset tulevat uudelleen seuraavaan "
                                                    "pakettiin, kunnes toimiston kuittaus on tuotu.")))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Synkronointi")))
        layout.addWidget(device_box)
        layout.addWidget(office_box)
        layout.addWidget(changes_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        try:
            info = sync.device_info(self.session)
        except Exception as exc:
            show_error(self, exc)
            return
        self.device_id.setText(info.device_id)
        self.fingerprint.setText(info.fingerprint)
        if not self.coach_name.hasFocus():
            self.coach_name.setText(info.coach_name)
        enrolled = info.office_fingerprint is not None
        if enrolled:
            self.office_state.setText(self.tr("Rekisteröity: ") + f"{info.office_name}\n{info.office_fingerprint}")
        else:
            self.office_state.setText(self.tr("Toimiston avainta ei ole vielä rekisteröity. Pyydä toimistolta "
                                              "avaintiedosto (.omvkey)."))
        self.enrol_button.setVisible(not enrolled)
        self.coach_name.setEnabled(not enrolled)
        self.export_button.setEnabled(enrolled)
        self.import_button.setEnabled(enrolled)
        self.pending.setText(
            self.tr("Kuittaamattomia muutoksia: ") + str(info.pending_records) + "   ·   "
            + self.tr("Viimeisin paketti: ") + (str(info.last_export_seq) if info.last_export_seq else "–")
            + "   ·   " + self.tr("Viimeisin kuittaus: ") + _date_of(info.last_receipt_at))

    # --- enrolment -----------------------------------------------------------------------------------
    def choose_enrolment_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Toimiston avaintiedosto"), str(Path.home()), key_filter())
        if path:
            self.enrol_from(Path(path))

    def confirm_office_fingerprint(self, fingerprint: str) -> bool:
        return ask_office_fingerprint(self, fingerprint)

    def enrol_from(self, path: Path) -> None:
        try:
            fingerprint = sync.read_enrolment_file(path).keys.fingerprint
            if not self.confirm_office_fingerprint(fingerprint):
                self._say(self.tr("Avainta ei rekisteröity: sormenjälkeä ei vahvistettu."))
                return
            info = sync.enrol(self.session, path, self.coach_name.text().strip() or None, fingerprint=fingerprint)
        except Exception as exc:
            show_error(self, exc)
            return
        self._say(self.tr("Toimisto rekisteröity, sormenjälki ") + str(info.office_fingerprint))
        self.refresh()

    # --- export and import ---------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        suggested = Path.home() / f"omavalmentaja-{dt.date.today().isoformat()}.omvb"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna muutospaketti"), str(suggested), bundle_filter())
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        def done(export: Any) -> None:
            self._say(self.tr("Paketti %1 tallennettu: %2 (tietueita %3, poistoja %4). Toimita se toimistoon.")
                      .replace("%1", str(export.seq)).replace("%2", str(path))
                      .replace("%3", str(export.records)).replace("%4", str(export.tombstones)))

        # The save dialog has asked before replacing a file; the vault's own folder is still refused.
        self._run(lambda progress: sync.export_bundle(self.session, path, force=True), done,
                  self.tr("Tehdään pakettia…"))

    def choose_receipt_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Toimiston kuittaus"), str(Path.home()), bundle_filter())
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        def done(outcome: Any) -> None:
            if outcome.already:
                self._say(self.tr("Tämä kuittaus on jo tuotu; mitään ei muutettu."))
                return
            text = (self.tr("Kuittaus tuotu: kuitattu %1, päivitetty %2, uusia asiakkaita %3.")
                    .replace("%1", str(outcome.acknowledged)).replace("%2", str(outcome.applied))
                    .replace("%3", str(len(outcome.assigned_clients))))
            if outcome.kept_local:
                text += " " + self.tr("Omia muutoksia säilytettiin: %1 (toimisto näkee molemmat versiot).").replace(
                    "%1", str(outcome.kept_local))
            self._say(text)
            if outcome.assigned_clients or outcome.applied:
                events().client_changed.emit("")

        self._run(lambda progress: sync.import_bundle(self.session, path, progress), done,
                  self.tr("Tuodaan kuittausta…"), cancellable=True)


class OfficeSyncPage(_Page):
    """The office: its key file, coaches' bundles (confirming new devices by fingerprint), devices, conflicts."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.fingerprint = fingerprint_label()
        key_button = QPushButton(self.tr("Tallenna avaintiedosto valmentajille…"))
        key_button.clicked.connect(self.choose_key_file)
        keys_box = QGroupBox(self.tr("Toimiston avain"))
        keys_form = QFormLayout(keys_box)
        keys_form.addRow(self.tr("Sormenjälki"), self.fingerprint)
        keys_form.addRow("", left_aligned(key_button))
        import_button = QPushButton(self.tr("Tuo valmentajan paketti…"))
        import_button.clicked.connect(self.choose_bundle)
        recovery_button = QPushButton(self.tr("Vastaa palautuspyyntöön…"))
        recovery_button.clicked.connect(self.answer_recovery)
        self.devices = QTreeWidget()
        self.devices.setRootIsDecorated(False)
        self.devices.setHeaderLabels([self.tr("Valmentaja"), self.tr("Sormenjälki"), self.tr("Tila"),
                                      self.tr("Paketti"), self.tr("Tuotu")])
        self.conflicts = QLabel()
        devices_box = QGroupBox(self.tr("Laitteet"))
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.addLayout(left_aligned(import_button, recovery_button))
        devices_layout.addWidget(self.devices)
        devices_layout.addWidget(self.conflicts)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Synkronointi – toimisto")))
        layout.addWidget(keys_box)
        layout.addWidget(devices_box, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.fingerprint.setText(office.office_fingerprint(self.session))
        self.devices.clear()
        for peer in office.devices(self.session):
            state = self.tr("hyväksytty") if peer.status == "trusted" else self.tr("peruttu")
            self.devices.addTopLevelItem(QTreeWidgetItem(
                [peer.name or "–", peer.fingerprint, state, str(peer.last_in_seq), _date_of(peer.last_in_at)]))
        for column in range(self.devices.columnCount()):
            self.devices.resizeColumnToContents(column)
        self.conflicts.setText(self.tr("Avoimia ristiriitoja: ") + str(len(office.conflicts(self.session))))

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Toimiston avaintiedosto"),
                                              str(Path.home() / "toimisto.omvkey"), key_filter())
        if path:
            try:  # the dialog has asked before replacing; the vault's own folder is still refused
                office.write_enrolment_file(self.session, Path(path), force=True)
            except Exception as exc:
                show_error(self, exc)
                return
            self._say(self.tr("Avaintiedosto tallennettu: ") + path)

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Valmentajan paketti"), str(Path.home()), bundle_filter())
        if not path:
            return
        bundle = Path(path)
        receipt, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna kuittaus valmentajalle"),
                                                 str(bundle.with_name(bundle.stem + "-kuittaus.omvb")), bundle_filter())
        self.import_bundle(bundle, Path(receipt) if receipt else None)

    def answer_recovery(self) -> None:
        from omavalmentaja.ui.office_recovery import answer_recovery_request

        said = answer_recovery_request(self, self.session)
        if said:
            self._say(said)

    def confirm_new_device(self, fingerprint: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Uusi laite"),
            self.tr("Paketti on laitteelta, jota toimisto ei vielä tunne. Hyväksy se vain, jos valmentajan laite "
                    "näyttää täsmälleen saman sormenjäljen:") + "\n\n" + fingerprint)
        return answer == QMessageBox.StandardButton.Yes

    def import_bundle(self, bundle: Path, receipt: Path | None) -> None:
        try:
            sender = office.bundle_sender(self.session, bundle)
        except Exception as exc:
            show_error(self, exc)
            return
        trust = None
        if not sender.known:
            if not self.confirm_new_device(sender.fingerprint):
                return
            trust = sender.fingerprint

        def done(result: Any) -> None:
            o = result.outcome
            if o.already:
                self._say(self.tr("Paketti on jo tuotu; mitään ei muutettu."))
                return
            self._say(self.tr("Tuotu: uusia %1, päivitetty %2, ristiriitoja %3.").replace("%1", str(o.inserted))
                      .replace("%2", str(o.replaced)).replace("%3", str(o.conflicts))
                      + (" " + self.tr("Kuittaus: ") + str(receipt) if receipt else ""))

        self._run(lambda progress: office.import_bundle(self.session, bundle, trust, receipt, progress, force=True),
                  done, self.tr("Tuodaan pakettia…"), cancellable=True)
