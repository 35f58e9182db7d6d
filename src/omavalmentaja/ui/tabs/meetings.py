"""Meetings tab: a timeline of the client's meetings, newest first; new and edit open the editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.dates import format_date, format_datetime
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.meeting_editor import MeetingEditor
from omavalmentaja.ui.theme import note_style

TAB_ORDER = 30
TAB_TITLE = "Tapaamiset"


def describe(meeting: Meeting, now: dt.datetime) -> str:
    head = f"{format_datetime(meeting.starts_at)} · {code_label('meeting_kind', meeting.kind)}"
    if meeting.place:
        head += f" · {meeting.place}"
    if meeting.starts_at > now:
        head += "  " + QCoreApplication.translate("MeetingsTab", "(tuleva)")
    lines = [head]
    if meeting.notes:
        lines.append(meeting.notes.strip().splitlines()[0][:160])
    if meeting.next_steps:
        lines.append("→ " + meeting.next_steps.strip().splitlines()[0][:160])
    if meeting.follow_up_on:
        done = " ✓" if meeting.follow_up_done else ""
        lines.append(QCoreApplication.translate("MeetingsTab", "Seuranta ") + format_date(meeting.follow_up_on) + done)
    return "\n".join(lines)


class MeetingsTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Tapaamiset"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(3)
        self.timeline.itemActivated.connect(self._edit)
        self.new_button = QPushButton(self.tr("Uusi tapaaminen"))
        self.new_button.setShortcut("Ctrl+M")
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        drafts = ctx.session.drafts.keys_for_client(ctx.client_id)
        self.draft_note = QLabel(self.tr("Tällä asiakkaalla on tallentamaton luonnos: avaa tapaaminen jatkaaksesi.")
                                 if drafts else "")
        self.draft_note.setVisible(bool(drafts))
        self.draft_note.setStyleSheet(note_style())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.timeline, 1)
        self.reload()

    def reload(self) -> None:
        self.timeline.clear()
        now = dt.datetime.now()
        for meeting in self.ctx.session.meetings.for_client(self.ctx.client_id):
            item = QListWidgetItem(describe(meeting, now))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.timeline.addItem(item)

    def _edit(self, item: QListWidgetItem) -> None:
        self.open_editor(self.ctx.session.meetings.get(item.data(Qt.ItemDataRole.UserRole)))

    def open_editor(self, meeting: Meeting | None) -> MeetingEditor:
        editor = MeetingEditor(self.ctx.session, self.ctx.client_id, meeting, self)
        editor.finished.connect(lambda _: self.ctx.refresh())
        editor.open()
        return editor


def make_tab(ctx: ClientContext) -> QWidget:
    return MeetingsTab(ctx)
