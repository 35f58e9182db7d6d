"""The meeting editor. It autosaves a draft into the encrypted store every few seconds and on close, so a
crash or a power cut loses at most a few seconds of typing; reopening the editor restores the draft."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.domain.service_model import Conversation
from omavalmentaja.messages import label as message_label
from omavalmentaja.services.meetings import (
    MeetingDraft,
    autosave_draft,
    discard_draft,
    load_draft,
    save_draft_as_meeting,
)
from omavalmentaja.services.session import Session
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.theme import note_style
from omavalmentaja.ui.widgets import show_error

AUTOSAVE_INTERVAL_MS = 2000


class MeetingEditor(QDialog):
    def __init__(self, session: Session, client_id: str, meeting: Meeting | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Tapaaminen"))
        self.resize(640, 620)
        self.saved_meeting: Meeting | None = None
        base = MeetingDraft.from_meeting(meeting) if meeting else MeetingDraft(
            client_id=client_id, starts_at=dt.datetime.now().replace(second=0, microsecond=0).isoformat())
        restored = load_draft(session, client_id, meeting.id if meeting else "")
        self.draft = restored or base
        self._build()
        self._load(self.draft)
        self.notice.setVisible(restored is not None)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()

    def _build(self) -> None:
        self.notice = QLabel(self.tr("Palautettiin tallentamaton luonnos."))
        self.notice.setStyleSheet(note_style())
        self.starts_at = QDateTimeEdit()
        self.starts_at.setDisplayFormat("d.M.yyyy H.mm")
        self.starts_at.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" min")
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(code_label("meeting_kind", kind), kind.value)
        self.fulfils = QComboBox()
        self.fulfils.addItem(self.tr("– ei palvelumallin keskustelu –"), "")
        for conversation in Conversation:
            self.fulfils.addItem(message_label("conversation", conversation.value), conversation.value)
        self.fulfils.setAccessibleName(self.tr("Palvelumallin keskustelu"))
        self.place = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Muistiinpanot tallentuvat luonnokseksi muutaman sekunnin välein."))
        self.next_steps = QPlainTextEdit()
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setFixedHeight(80)
        self.follow_up = DateEdit(optional=True)
        self.status = QLabel("")
        self.status.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sulje (luonnos säilyy)"))
        self.discard_button = buttons.addButton(self.tr("Hylkää luonnos"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self.discard)
        form = QFormLayout()
        form.addRow(self.tr("Aika"), self.starts_at)
        form.addRow(self.tr("Kesto"), self.duration)
        form.addRow(self.tr("Tapa"), self.kind)
        form.addRow(self.tr("Palvelumallin keskustelu"), self.fulfils)
        form.addRow(self.tr("Paikka"), self.place)
        form.addRow(self.tr("Muistiinpanot"), self.notes)
        form.addRow(self.tr("Sovitut seuraavat askeleet"), self.next_steps)
        form.addRow(self.tr("Seurantapäivä"), self.follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for signal in (self.notes.textChanged, self.next_steps.textChanged, self.place.textChanged,
                       self.starts_at.dateTimeChanged, self.duration.valueChanged, self.kind.currentIndexChanged,
                       self.follow_up.dateChanged, self.fulfils.currentIndexChanged):
            signal.connect(self._mark_dirty)
        self.notes.setFocus()

    def _load(self, draft: MeetingDraft) -> None:
        starts = dt.datetime.fromisoformat(draft.starts_at)
        self.starts_at.setDateTime(QDateTime(starts.year, starts.month, starts.day, starts.hour, starts.minute, 0))
        self.duration.setValue(draft.duration_minutes)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.place.setText(draft.place)
        self.notes.setPlainText(draft.notes)
        self.next_steps.setPlainText(draft.next_steps)
        self.follow_up.set_date(dt.date.fromisoformat(draft.follow_up_on) if draft.follow_up_on else None)
        self.fulfils.setCurrentIndex(max(self.fulfils.findData(draft.fulfils), 0))

    def current_draft(self) -> MeetingDraft:
        q = self.starts_at.dateTime()
        starts = dt.datetime(q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute())
        follow = self.follow_up.date_value()
        return MeetingDraft(
            client_id=self.draft.client_id, meeting_id=self.draft.meeting_id, starts_at=starts.isoformat(),
            duration_minutes=self.duration.value(), kind=self.kind.currentData(), place=self.place.text(),
            notes=self.notes.toPlainText(), next_steps=self.next_steps.toPlainText(),
            follow_up_on=follow.isoformat() if follow else "", fulfils=self.fulfils.currentData() or "",
        )

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True

    def autosave(self) -> None:
        if not self._dirty or self.saved_meeting is not None:
            return
        self.draft = self.current_draft()
        autosave_draft(self.session, self.draft)
        self._dirty = False
        self.status.setText(self.tr("Luonnos tallennettu ") + dt.datetime.now().strftime("%H.%M.%S"))

    def save(self) -> None:
        try:
            self.saved_meeting = save_draft_as_meeting(self.session, self.current_draft())
        except Exception as exc:
            show_error(self, exc)
            return
        self._timer.stop()
        self.accept()

    def discard(self) -> None:
        self._timer.stop()
        discard_draft(self.session, self.draft)
        self._dirty = False
        self.saved_meeting = None
        self.draft = MeetingDraft(client_id="")  # nothing left to autosave
        super().reject()

    def reject(self) -> None:
        self._timer.stop()
        if self.draft.client_id:
            self.autosave()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.reject()
        event.accept()
