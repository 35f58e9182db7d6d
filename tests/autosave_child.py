"""Child process for the power-cut test: opens the meeting editor on a vault, types, and keeps running
until it is killed. Prints TYPED once the text is in the editor."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from omavalmentaja.services.session import Session  # noqa: E402
from omavalmentaja.ui.meeting_editor import MeetingEditor  # noqa: E402


def main() -> None:
    folder, passphrase, client_id, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    app = QApplication([])
    session = Session.unlock(folder, passphrase)
    editor = MeetingEditor(session, client_id)
    editor.show()
    QTest.keyClicks(editor.notes, text)
    print("TYPED", flush=True)
    app.exec()


main()
