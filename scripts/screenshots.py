"""Render every screen of the app on a demo vault to PNG files, in fi/sv/en at the sizes the app must fit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [--lang fi sv en]
                                                            [--size 1280x720@1 1366x768@1 1920x1080@1.5 …]
                                                            [--dark]

Each size runs in its own process (QT_SCALE_FACTOR is read when Qt starts); a size is the screen's pixels
and the scale, so 1920x1080@2 gives the window 960x540 logical pixels. The files land in
OUT_DIR/<lang>-<size>/<screen>.png (<lang>-<size>-dark with --dark: the dark palette the app takes when the
system's colour scheme is dark), and a line says when the window could not shrink to the screen.
README's pictures (docs/screenshots/) are copied from OUT_DIR/fi-1366x768@1 by --readme.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

SIZES = ("1280x720@1", "1366x768@1", "1920x1080@1.5", "1920x1080@2")
README_SHOTS = {"today": "today.png", "client-profile": "client-profile.png",
                "client-questionnaires": "client-questionnaires.png"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", nargs="+", choices=("fi", "sv", "en"), default=["fi", "sv", "en"])
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--readme", action="store_true", help="copy the README's pictures to docs/screenshots")
    parser.add_argument("--dark", action="store_true", help="the dark palette (as when the system's scheme is dark)")
    parser.add_argument("--one", nargs=2, metavar=("LANG", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return render(args.out_dir, *args.one, dark=args.dark)
    failures = 0
    for lang in args.lang:
        for size in args.size:
            scale = size.split("@")[1] if "@" in size else "1"
            env = dict(os.environ, QT_SCALE_FACTOR=scale)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            done = subprocess.run([sys.executable, __file__, str(args.out_dir), "--one", lang, size,
                                   *(["--dark"] if args.dark else [])], env=env)
            failures += done.returncode != 0
    if args.readme and not args.dark:
        docs = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
        for name, target in README_SHOTS.items():
            shutil.copyfile(args.out_dir / "fi-1366x768@1" / f"{name}.png", docs / target)
    return 1 if failures else 0


def render(out_root: Path, lang: str, size: str, dark: bool = False) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    pixels, _, scale = size.partition("@")
    width, height = (round(int(v) / float(scale or 1)) for v in pixels.split("x"))
    app = QApplication(sys.argv[:1])
    from omavalmentaja.ui.app import prepare_app

    prepare_app(app, lang, dark=dark or None)
    from omavalmentaja.ui.app import make_demo_vault
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.operations import operations
    from omavalmentaja.ui.tabs import tab_modules

    out = out_root / (f"{lang}-{size}" + ("-dark" if dark else ""))
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    def wait(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        if widget.isFullScreen():  # the offscreen platform's screen is 800x800: show it at the size asked
            widget.showNormal()
            widget.resize(width, height)
        wait()
        if widget.width() > width or widget.height() > height:
            problems.append(f"{name}: {widget.width()}x{widget.height()} > {width}x{height}")
        widget.grab().save(str(out / f"{name}.png"))

    folder, passphrase = make_demo_vault()
    window = MainWindow(folder, passphrase)
    window.resize(width, height)
    window.show()
    shot(window, "unlock")
    window.gate.passphrase.edit.setText(passphrase)  # type: ignore[attr-defined]
    window.gate.unlock()  # type: ignore[attr-defined]
    while window.session is None or operations().busy:
        wait(50)
    shot(window, "today")
    window.show_section(1)
    while operations().busy:  # the list reads its rows off the GUI thread
        wait(50)
    window.show_client(_client_with_history(window.session))  # a client whose tabs have something to show
    while window.client_detail.tabs.count() == 0 or operations().busy:
        wait(50)
    client_id = window.client_list.current_client_id() or window.client_detail.client_id
    tabs = window.client_detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        shot(window, "client-" + tab_modules()[index].__name__.rsplit(".", 1)[-1])
    for section, name in ((2, "sync"), (3, "settings")):
        window.show_section(section)
        shot(window, name)
    _handover_screens(window, client_id, shot, wait)
    window.lock()
    shutil.rmtree(folder.parent, ignore_errors=True)
    for problem in problems:
        print(f"{lang} {size}: does not fit: {problem}")
    return 1 if problems else 0


def _client_with_history(session) -> str:  # type: ignore[no-untyped-def]
    """The demo client with the most completed questionnaires (and so a chart), then the most meetings."""
    row = session.db.query_one(
        "SELECT c.id FROM clients c WHERE c.status = 'active' ORDER BY (SELECT count(*) FROM questionnaire_responses r "
        "WHERE r.client_id = c.id AND r.status = 'completed') DESC, (SELECT count(*) FROM meetings m "
        "WHERE m.client_id = c.id) DESC, c.last_name LIMIT 1")
    return str(row[0])


def _handover_screens(window, client_id: str, shot, wait) -> None:  # type: ignore[no-untyped-def]
    """The client's screens in hand-over (full screen): the questionnaire and both signing pages."""
    from PySide6.QtCore import QCoreApplication

    from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
    from omavalmentaja.services import plans
    from omavalmentaja.ui.plan_signing import PlanSigningView
    from omavalmentaja.ui.tabs.questionnaires import QuestionnairesTab

    session = window.session
    window.show_client(client_id)
    tabs = window.client_detail.tabs
    questionnaires = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), QuestionnairesTab))
    handover = questionnaires.start_fill()
    if handover is not None:
        shot(handover, "handover-questionnaire")
        handover.force_close()
    content = PlanContent(goal="Lähihoitajan koulutus", client_words="Haluan töihin hoitoalalle.",
                          steps=[PlanStep(ServiceKind.CAREER_COACHING, "Käynti Ohjaamossa", provider="Ohjaamo"),
                                 PlanStep(ServiceKind.JOB_SEARCH_COACHING, "Neljä hakemusta kuukaudessa",
                                          starts_on=dt.date.today(),
                                          ends_on=dt.date.today() + dt.timedelta(days=60))],
                          review_date=dt.date.today() + dt.timedelta(days=60))
    draft = plans.edit_plan(session, client_id, content)
    client = session.clients.get(client_id)
    view = PlanSigningView(session, draft, client.display_name, "Veera Valmentaja")
    handover = window.start_handover(view, QCoreApplication.translate("PlanTab", "Suunnitelman allekirjoitus"))
    shot(handover, "handover-sign-client")
    view.stack.setCurrentIndex(1)
    shot(handover, "handover-sign-coach")
    handover.force_close()


if __name__ == "__main__":
    raise SystemExit(main())
