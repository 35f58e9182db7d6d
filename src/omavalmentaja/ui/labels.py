"""Labels shown in the UI that are not written in a widget's own tr().

Codes (a client's status, a meeting kind, an audit action…) are named by the message catalogue
(label.<group>.<code> in omavalmentaja/messages/labels.toml), the same names the CLI and the printouts use;
code_label() renders them in the UI's language (ui/i18n.install_language sets it for the catalogue too).
The side bar's sections and the client tabs' titles are plain module constants, marked here for lupdate and
translated by Qt through label() / tab_title().
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from omavalmentaja import messages

LABELS = "labels"
TABS = "tabs"


def code_label(group: str, code: object) -> str:
    """The name of a code (e.g. code_label("status", client.status)) in the UI's language."""
    return messages.label(group, code)


def code_labels(group: str) -> dict[str, str]:
    """Every code of a group with its name in the UI's language, in the catalogue's order (for a combo box)."""
    return messages.labels(group)


def label(text: str) -> str:
    """A section's name (ui/main_window.py SECTIONS) in the UI's language."""
    return QCoreApplication.translate(LABELS, text)


def tab_title(text: str) -> str:
    """A client tab's TAB_TITLE in the UI's language."""
    return QCoreApplication.translate(TABS, text)


_MARKED_LABELS = (
    # ui/main_window.py SECTIONS
    QT_TRANSLATE_NOOP("labels", "Tänään"),
    QT_TRANSLATE_NOOP("labels", "Asiakkaat"),
    QT_TRANSLATE_NOOP("labels", "Synkronointi"),
    QT_TRANSLATE_NOOP("labels", "Asetukset"),
)

_MARKED_TAB_TITLES = (
    QT_TRANSLATE_NOOP("tabs", "Perustiedot"),  # ui/tabs/profile.py
    QT_TRANSLATE_NOOP("tabs", "Palvelutarve ja osaaminen"),  # ui/tabs/assessment.py
    QT_TRANSLATE_NOOP("tabs", "Tapaamiset"),  # ui/tabs/meetings.py
    QT_TRANSLATE_NOOP("tabs", "Suunnitelma"),  # ui/tabs/plan.py
    QT_TRANSLATE_NOOP("tabs", "Kykyviisari ja kyselyt"),  # ui/tabs/questionnaires.py
    QT_TRANSLATE_NOOP("tabs", "Lokitiedot"),  # ui/tabs/audit.py
)
