"""`omavalmentaja instrument list | import FILE` end to end, in a subprocess, on a real vault."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from omavalmentaja.assets import resources_dir


def _shipped(name: str) -> dict:
    folder = (resources_dir() / "instruments")
    return json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8"))


def test_list_import_and_list_again(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    listed = run_cli("instrument", "list", data_dir=vault)
    assert listed.returncode == 0, listed.stderr
    assert "kykyviisari-results  1.0  Kykyviisarin tulokset" in listed.stdout
    assert "oma-tilanne  1.0" in listed.stdout and "ei Kykyviisari" in listed.stdout

    definition = _shipped("oma-tilanne")
    definition.update(id="kunnan-kysely", version="2.0")
    definition_file = tmp_path / "kunnan-kysely.json"
    definition_file.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    imported = run_cli("instrument", "import", str(definition_file), data_dir=vault)
    assert imported.returncode == 0, imported.stderr
    assert "Tuotu kysely kunnan-kysely 2.0" in imported.stdout
    again = run_cli("instrument", "import", str(definition_file), data_dir=vault)
    assert again.returncode == 0 and "ei muutoksia" in again.stdout

    rows = json.loads(run_cli("instrument", "list", "--json", data_dir=vault).stdout)
    by_id = {(r["id"], r["version"]): r for r in rows}
    assert by_id[("kunnan-kysely", "2.0")]["source"] == "imported"
    assert by_id[("kykyviisari-results", "1.0")]["source"] == "builtin"
    assert by_id[("kykyviisari-results", "1.0")]["fill"] == "form"
    assert by_id[("oma-tilanne", "1.0")]["not_kykyviisari"] is True
    assert by_id[("oma-tilanne", "1.0")]["items"] == 11


def test_bad_definition_is_refused_with_every_problem_and_exit_2(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    bad = _shipped("oma-tilanne")
    bad["version"] = "latest"
    bad["sections"][0]["items"][0]["type"] = "slider"
    del bad["sections"][1]["items"][1]["text"]["en"]
    bad["scores"][1]["items"] = ["missing_item"]
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    result = run_cli("instrument", "import", str(bad_file), data_dir=vault)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "hylättiin, 6 ongelmaa"  # two follow from the others in result.stderr
    for path in ("$.version:", "$.sections[0].items[0].type:", "$.sections[1].items[1].text.en:",
                 "$.scores[1].items:"):
        assert path in result.stderr, result.stderr
    listed = json.loads(run_cli("instrument", "list", "--json", data_dir=vault).stdout)
    assert {r["id"] for r in listed} == {"kykyviisari-results", "oma-tilanne"}

    not_json = tmp_path / "not.json"
    not_json.write_text("{ this is not json", encoding="utf-8")
    result = run_cli("instrument", "import", str(not_json), data_dir=vault)
    assert result.returncode == 2 and "rivi 1" in result.stderr and "Traceback" not in result.stderr
    missing = run_cli("instrument", "import", str(tmp_path / "nope.json"), data_dir=vault)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    wrong = run_cli("instrument", "list", data_dir=vault, passphrase="not the passphrase at all")
    assert wrong.returncode == 2 and "Väärä tunnuslause" in wrong.stderr


def test_toml_definitions_import_too(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    toml_file = tmp_path / "lyhyt.toml"
    toml_file.write_text(
        'format = "omavalmentaja-instrument/1"\nid = "lyhyt"\nversion = "1"\nlanguages = ["fi"]\n'
        'title = { fi = "Lyhyt kysely" }\nlicence = { name = "oma" }\n\n[[sections]]\nid = "s"\n'
        'title = { fi = "Osio" }\n\n[[sections.items]]\nid = "q"\ntype = "scale"\nmin = 1\nmax = 5\n'
        'text = { fi = "Miten menee?" }\n', encoding="utf-8")
    result = run_cli("instrument", "import", str(toml_file), data_dir=vault)
    assert result.returncode == 0, result.stderr
    assert "lyhyt  1  Lyhyt kysely" in run_cli("instrument", "list", data_dir=vault).stdout
