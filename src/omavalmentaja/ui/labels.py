"""Labels defined where Qt may not be imported (the domain's dicts) or as plain module constants, marked here
for lupdate, and shown through label() / tab_title().

The domain keeps its Finnish strings (the CLI and the PDFs use them); the UI translates them at display time with
the Finnish text as the key. tests/test_i18n_catalogue.py checks that every such label is in the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = "labels"
TABS = "tabs"


def label(text: str) -> str:
    """A domain label (e.g. STATUS_LABELS[status]) in the UI's language."""
    return QCoreApplication.translate(LABELS, text)


def tab_title(text: str) -> str:
    """A client tab's TAB_TITLE in the UI's language."""
    return QCoreApplication.translate(TABS, text)


_MARKED_LABELS = (
    # domain/client.py STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Aktiivinen"),
    QT_TRANSLATE_NOOP("labels", "Tauolla"),
    QT_TRANSLATE_NOOP("labels", "Päättynyt"),
    # domain/client.py TARGET_GROUP_LABELS
    QT_TRANSLATE_NOOP("labels", "Alle 30-vuotias"),
    QT_TRANSLATE_NOOP("labels", "Maahanmuuttaja tai vieraskielinen"),
    QT_TRANSLATE_NOOP("labels", "Ei oikeutta ansiosidonnaiseen"),
    # domain/client.py LICENCE_CHOICES
    QT_TRANSLATE_NOOP("labels", "Ajokortti B"),
    QT_TRANSLATE_NOOP("labels", "Ajokortti C"),
    QT_TRANSLATE_NOOP("labels", "Hygieniapassi"),
    QT_TRANSLATE_NOOP("labels", "Työturvallisuuskortti"),
    QT_TRANSLATE_NOOP("labels", "Ensiapukortti"),
    QT_TRANSLATE_NOOP("labels", "Trukkikortti"),
    QT_TRANSLATE_NOOP("labels", "Anniskelupassi"),
    # domain/meeting.py MEETING_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Tapaaminen kasvokkain"),
    QT_TRANSLATE_NOOP("labels", "Puhelu"),
    QT_TRANSLATE_NOOP("labels", "Etätapaaminen (video)"),
    QT_TRANSLATE_NOOP("labels", "Jalkautuva käynti"),
    # domain/plan.py GOAL_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Työ"),
    QT_TRANSLATE_NOOP("labels", "Koulutus"),
    QT_TRANSLATE_NOOP("labels", "Muu polku (esim. kuntoutus)"),
    # domain/plan.py SERVICE_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "Työnhaku"),
    QT_TRANSLATE_NOOP("labels", "Työkokeilu"),
    QT_TRANSLATE_NOOP("labels", "Palkkatuki"),
    QT_TRANSLATE_NOOP("labels", "Työvoimakoulutus"),
    QT_TRANSLATE_NOOP("labels", "Kuntouttava työtoiminta"),
    QT_TRANSLATE_NOOP("labels", "Monialainen palvelu (TYP)"),
    QT_TRANSLATE_NOOP("labels", "Ohjaamo"),
    QT_TRANSLATE_NOOP("labels", "Starttiraha"),
    QT_TRANSLATE_NOOP("labels", "Sosiaali- ja terveyspalvelut"),
    QT_TRANSLATE_NOOP("labels", "Muu palvelu"),
    # domain/plan.py RESPONSIBLE_LABELS and SIGNER_ROLE_LABELS
    QT_TRANSLATE_NOOP("labels", "Asiakas"),
    QT_TRANSLATE_NOOP("labels", "Omavalmentaja"),
    QT_TRANSLATE_NOOP("labels", "Muu toimija"),
    # domain/plan.py STEP_STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Suunniteltu"),
    QT_TRANSLATE_NOOP("labels", "Käynnissä"),
    QT_TRANSLATE_NOOP("labels", "Toteutunut"),
    QT_TRANSLATE_NOOP("labels", "Peruttu"),
    # domain/plan.py VERSION_STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "Luonnos"),
    QT_TRANSLATE_NOOP("labels", "Allekirjoitettu"),
    # domain/passphrase.py STRENGTH_LABELS
    QT_TRANSLATE_NOOP("labels", "Erittäin heikko"),
    QT_TRANSLATE_NOOP("labels", "Heikko"),
    QT_TRANSLATE_NOOP("labels", "Kohtalainen"),
    QT_TRANSLATE_NOOP("labels", "Hyvä"),
    QT_TRANSLATE_NOOP("labels", "Vahva"),
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
