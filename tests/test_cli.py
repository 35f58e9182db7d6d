"""The command line end to end, in a subprocess, on a real vault."""

import json
from pathlib import Path

from conftest import PASSPHRASE, run_cli


def _init(vault: Path) -> None:
    result = run_cli("init", data_dir=vault)
    assert result.returncode == 0, result.stderr
    assert "Holvi luotu" in result.stdout


def test_init_demo_data_and_list_json(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    assert run_cli("demo-data", "--clients", "25", data_dir=vault).returncode == 0
    result = run_cli("client", "list", "--json", data_dir=vault)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 25
    for row in rows:
        assert {"id", "first_name", "last_name", "municipality", "status"} <= set(row)
        assert row["status"] in {"active", "paused", "closed"}
    assert run_cli("demo-data", "--clients", "200", data_dir=vault).returncode == 0
    rows = json.loads(run_cli("client", "list", "--json", data_dir=vault).stdout)
    scripts = "".join(r["first_name"] + r["last_name"] for r in rows)
    assert any("\u0400" <= ch <= "\u04ff" for ch in scripts), "some Cyrillic names"
    assert any("\u0600" <= ch <= "\u06ff" for ch in scripts), "some Arabic-script names"


def test_passphrase_from_file_env_and_wrong_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    assert run_cli("--passphrase-file", str(pass_file), "init", data_dir=vault, passphrase=None).returncode == 0
    assert run_cli("client", "list", data_dir=vault).returncode == 0
    wrong = run_cli("client", "list", data_dir=vault, passphrase="this is not the passphrase")
    assert wrong.returncode == 2
    assert wrong.stderr.strip().count("\n") == 0 and "Väärä tunnuslause" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    none = run_cli("client", "list", data_dir=vault, passphrase=None)
    assert none.returncode == 2 and "passphrase" in none.stderr


def test_env_data_dir_is_used(tmp_path: Path) -> None:
    vault = tmp_path / "from-env"
    result = run_cli("init", env={"OMAVALMENTAJA_DATA_DIR": str(vault)})
    assert result.returncode == 0, result.stderr
    assert (vault / "vault.header").exists()


def test_csv_import_with_bom_semicolons_and_finnish_headers(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    csv_file = tmp_path / "asiakkaat.csv"
    csv_file.write_bytes("\ufeffetunimi;sukunimi;henkilötunnus;syntymäaika;kotikunta;kohderyhmä;alkupäivä\n"
                         "Aino;Korhonen;131052-308T;;Kajaani;no_earnings_related;1.9.2026\n"
                         "Олена;Шевченко;;12.3.1990;Oulu;immigrant;2026-10-01\n".encode())
    result = run_cli("client", "import", str(csv_file), data_dir=vault)
    assert result.returncode == 0, result.stderr
    rows = json.loads(run_cli("client", "list", "--json", data_dir=vault).stdout)
    assert sorted((r["first_name"], r["municipality"], r["date_of_birth"]) for r in rows) == [
        ("Aino", "Kajaani", "1952-10-13"), ("Олена", "Oulu", "1990-03-12")]


def test_csv_import_is_all_or_nothing_and_names_every_bad_line(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("first_name,last_name,henkilotunnus,date_of_birth,email\n"
                        "Aino,Korhonen,131052-308T,,\n"
                        ",Virtanen,,,\n"
                        "Eero,Mäkinen,131052-308U,,\n"
                        "Siiri,Heikkinen,,31.2.1999,\n"
                        "\n"
                        "Juho,Nieminen,,,not-an-email\n", encoding="utf-8")
    result = run_cli("client", "import", str(csv_file), data_dir=vault)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    for line in ("rivi 3:", "rivi 4:", "rivi 5:", "rivi 7:"):
        assert line in result.stderr
    assert "rivi 2:" not in result.stderr
    assert json.loads(run_cli("client", "list", "--json", data_dir=vault).stdout) == []


def test_csv_bad_header_and_unreadable_files(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    bad_header = tmp_path / "h.csv"
    bad_header.write_text("nimi;kunta\nAino;Oulu\n")
    result = run_cli("client", "import", str(bad_header), data_dir=vault)
    assert result.returncode == 2 and "rivi 1:" in result.stderr
    latin1 = tmp_path / "l.csv"
    latin1.write_bytes("etunimi;sukunimi\nJyrki;Mäki\n".encode("latin-1"))
    assert "UTF-8" in run_cli("client", "import", str(latin1), data_dir=vault).stderr
    missing = run_cli("client", "import", str(tmp_path / "nope.csv"), data_dir=vault)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_bad_usage_and_missing_vault_exit_2(tmp_path: Path) -> None:
    result = run_cli("client", "list", data_dir=tmp_path / "nothing-here")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    usage = run_cli("client", "frobnicate", data_dir=tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert run_cli("demo-data", "--clients", "0", data_dir=tmp_path).returncode == 2


def test_passwd_changes_the_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _init(vault)
    new_file = tmp_path / "new.txt"
    new_file.write_text("toinen pitkä tunnuslause 77\n")
    result = run_cli("passwd", "--new-passphrase-file", str(new_file), data_dir=vault)
    assert result.returncode == 0, result.stderr
    assert run_cli("client", "list", data_dir=vault).returncode == 2
    assert run_cli("client", "list", data_dir=vault, passphrase="toinen pitkä tunnuslause 77").returncode == 0
    new_file.write_text("lyhyt\n")
    weak = run_cli("passwd", "--new-passphrase-file", str(new_file), data_dir=vault,
                   passphrase="toinen pitkä tunnuslause 77")
    assert weak.returncode == 2 and "vähintään" in weak.stderr
