"""The command line speaks one language at a time: Swedish or English by --lang or LANG, never a pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

FINNISH_WORDS = ("Väärä", "tunnuslause", "asiakas", "rivi", "ei löydy", "Tuonti", "Nimi", "Tila", "Kotikunta")
ENGLISH_WORDS = ("Wrong", "passphrase", "client", "line", "Import cancelled", "Name")


def _one_language(text: str, others: tuple[str, ...]) -> None:
    assert " / " not in text, text
    assert not [word for word in others if word in text], text


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("languages") / "vault"
    assert run_cli("init", data_dir=folder).returncode == 0
    assert run_cli("demo-data", "--clients", "2", data_dir=folder).returncode == 0
    return folder


SWEDISH = [("--lang", {}), ("LANG", {"LANG": "sv_FI.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})]
ENGLISH = [("--lang", {}), ("LANG", {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})]


def _run(how: str, env: dict[str, str], lang: str, *args: str, **kwargs):  # type: ignore[no-untyped-def]
    options = ["--lang", lang] if how == "--lang" else []
    return run_cli(*options, *args, env={"LANG": "fi_FI.UTF-8", **env} if how == "--lang" else env, **kwargs)


@pytest.mark.parametrize(("how", "env"), SWEDISH)
def test_swedish_errors_and_headers(vault: Path, tmp_path: Path, how: str, env: dict[str, str]) -> None:
    wrong = _run(how, env, "sv", "client", "list", data_dir=vault, passphrase="detta är inte lösenfrasen")
    assert wrong.returncode == 2 and wrong.stderr.strip() == "omavalmentaja: Fel lösenfras."
    bad = tmp_path / "bad.csv"
    bad.write_text("etunimi;sukunimi;henkilotunnus\nAino;Mäkinen;131052-308U\n", encoding="utf-8")
    refused = _run(how, env, "sv", "client", "import", str(bad), data_dir=vault)
    assert refused.returncode == 2
    assert "Importen avbröts" in refused.stderr and "rad 2: kontrolltecknet i personbeteckningen" in refused.stderr
    missing = _run(how, env, "sv", "plan", "pdf", "no-such-id", "--out", str(tmp_path / "x.pdf"), data_dir=vault)
    assert missing.returncode == 2 and missing.stderr.strip() == "omavalmentaja: Klienten no-such-id finns inte"
    listed = _run(how, env, "sv", "client", "list", data_dir=vault)
    assert listed.returncode == 0 and listed.stdout.split()[:4] == ["Identifierare", "Namn", "Hemkommun", "Status"]
    assert "Aktiv" in listed.stdout or "Paus" in listed.stdout or "Avslutad" in listed.stdout
    for result in (wrong, refused, missing, listed):
        _one_language(result.stdout + result.stderr, FINNISH_WORDS + ENGLISH_WORDS)


@pytest.mark.parametrize(("how", "env"), ENGLISH)
def test_english_errors_and_headers(vault: Path, tmp_path: Path, how: str, env: dict[str, str]) -> None:
    wrong = _run(how, env, "en", "client", "list", data_dir=vault, passphrase="this is not the passphrase")
    assert wrong.returncode == 2 and wrong.stderr.strip() == "omavalmentaja: Wrong passphrase."
    bad = tmp_path / "bad.csv"
    bad.write_text("etunimi;sukunimi;henkilotunnus\nAino;Mäkinen;131052-308U\n", encoding="utf-8")
    refused = _run(how, env, "en", "client", "import", str(bad), data_dir=vault)
    assert refused.returncode == 2
    assert "Import cancelled" in refused.stderr and "line 2: the check character" in refused.stderr
    missing = _run(how, env, "en", "plan", "pdf", "no-such-id", "--out", str(tmp_path / "x.pdf"), data_dir=vault)
    assert missing.returncode == 2 and missing.stderr.strip() == "omavalmentaja: No client no-such-id"
    listed = _run(how, env, "en", "client", "list", data_dir=vault)
    assert listed.returncode == 0 and listed.stdout.split()[:4] == ["Id", "Name", "Municipality", "Status"]
    for result in (wrong, refused, missing, listed):
        _one_language(result.stdout + result.stderr, FINNISH_WORDS + ("Fel", "lösenfras", "klient", "rad "))


def test_help_is_in_the_chosen_language() -> None:
    swedish = run_cli("--lang", "sv", "client", "--help", passphrase=None)
    assert swedish.returncode == 0 and "importera klienter från en CSV-fil" in swedish.stdout
    english = run_cli("client", "--help", passphrase=None, env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert english.returncode == 0 and "import clients from a CSV file" in english.stdout
    _one_language(swedish.stdout + english.stdout, ("tuo asiakkaat", "asiakkaat CSV"))


@pytest.mark.parametrize(("lang", "words", "others"), [
    ("fi", ("käyttö:", "valitsimet", "näytä tämä ohje ja lopeta", "näytä ohjelman versio"), ("usage:", "options")),
    ("sv", ("användning:", "flaggor", "visa den här hjälpen", "visa programmets version"), ("usage:", "käyttö")),
    ("en", ("usage:", "options", "show this help message"), ("käyttö", "användning", "valitsimet")),
])
def test_argparse_speaks_the_chosen_language(lang: str, words: tuple[str, ...], others: tuple[str, ...]) -> None:
    shown = run_cli("--lang", lang, "--help")
    assert shown.returncode == 0
    assert all(word in shown.stdout for word in words), shown.stdout
    assert not [word for word in others if word in shown.stdout], shown.stdout
    missing = run_cli("--lang", lang, "office", "report", "--month")
    wrong = run_cli("--lang", lang, "client", "add")
    assert (missing.returncode, wrong.returncode) == (2, 2)
    expected = {"fi": ("odotettiin yhtä arvoa", "virheellinen valinta"),
                "sv": ("ett värde förväntades", "ogiltigt val"), "en": ("expected one value", "invalid choice")}[lang]
    assert expected[0] in missing.stderr and expected[1] in wrong.stderr and "Traceback" not in wrong.stderr
