"""Which instruments exist: those shipped in resources/instruments/ and those an organisation imported.

Every version is kept, so a response stays readable with the version it was made with after a newer one
is imported. New responses use the newest version of an instrument."""

from __future__ import annotations

import functools
import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omavalmentaja.assets import resources_dir
from omavalmentaja.domain.instruments import FillMode, Instrument, version_key
from omavalmentaja.domain.instruments_parse import InvalidDefinition, parse_definition
from omavalmentaja.errors import NotFound, UserError
from omavalmentaja.messages import Message
from omavalmentaja.services.files import read_text_file
from omavalmentaja.services.session import Session
from omavalmentaja.store.responses import InstrumentDefinitionRepository

BUILTIN = "builtin"
IMPORTED = "imported"
KYKYVIISARI_RESULTS = "kykyviisari-results"
SAMPLE = "oma-tilanne"


@dataclass(frozen=True)
class CatalogEntry:
    instrument: Instrument
    source: str  # BUILTIN or IMPORTED
    sha256: str


class DefinitionRefused(UserError):
    """A definition file that does not pass validation; every problem is on its own line."""

    def __init__(self, name: str, problems: list[Message]) -> None:
        super().__init__("svc.definition_refused", name, len(problems), Message.joined(problems, "\n"))
        self.problems = problems


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sha256(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


@functools.cache
def builtin_entries() -> tuple[CatalogEntry, ...]:
    folder = resources_dir() / "instruments"
    entries = []
    for resource in sorted(folder.iterdir(), key=lambda r: r.name):
        if resource.name.endswith(".json") and not resource.name.endswith(".schema.json"):
            data = json.loads(resource.read_text(encoding="utf-8"))
            entries.append(CatalogEntry(parse_definition(data), BUILTIN, _sha256(data)))
    return tuple(entries)


@functools.lru_cache(maxsize=128)
def _parse_stored(definition: str) -> Instrument:
    return parse_definition(json.loads(definition))


def _repository(session: Session) -> InstrumentDefinitionRepository:
    return InstrumentDefinitionRepository(session.db)


def catalog(session: Session) -> list[CatalogEntry]:
    """Every version of every instrument: results forms first, then by id; versions newest first."""
    entries = list(builtin_entries())
    for stored in _repository(session).all():
        entries.append(CatalogEntry(_parse_stored(stored.definition), IMPORTED, stored.sha256))
    entries.sort(key=lambda e: tuple(-n for n in version_key(e.instrument.version)))
    entries.sort(key=lambda e: (e.instrument.fill != FillMode.FORM, e.instrument.id))
    return entries


def latest_instruments(session: Session) -> list[Instrument]:
    """The newest version of each instrument, in catalog order."""
    seen: dict[str, Instrument] = {}
    for entry in catalog(session):
        seen.setdefault(entry.instrument.id, entry.instrument)
    return list(seen.values())


def find_instrument(session: Session, instrument_id: str, version: str | None = None) -> Instrument | None:
    """The given version (or the newest), or None when this vault does not know it."""
    for entry in catalog(session):
        if entry.instrument.id == instrument_id and version in (None, entry.instrument.version):
            return entry.instrument
    return None


def get_instrument(session: Session, instrument_id: str, version: str | None = None) -> Instrument:
    instrument = find_instrument(session, instrument_id, version)
    if instrument is None:
        raise NotFound("svc.no_instrument", f"{instrument_id} {version}" if version else instrument_id)
    return instrument


def read_definition_file(path: Path) -> Any:
    """JSON (or TOML, by the .toml suffix) from a file, or a UserError saying why it cannot be read."""
    text = read_text_file(path)
    try:
        return tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionRefused(path.name, [Message.of("svc.invalid_json", exc.lineno, exc.colno, exc.msg)]) from None
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionRefused(path.name, [Message.of("svc.invalid_toml", str(exc))]) from None
    except (RecursionError, ValueError):  # nesting too deep, a number too long to convert
        raise DefinitionRefused(path.name, [Message.of("svc.definition_too_deep")]) from None


@dataclass(frozen=True)
class ImportOutcome:
    instrument: Instrument
    added: bool  # False: the very same definition was already there


def import_definition(session: Session, data: Any, name: str = "definition") -> ImportOutcome:
    """Validate and keep a definition. The same id and version again with other content is refused: a
    changed definition needs a new version, so older responses keep meaning what they meant."""
    try:
        instrument = parse_definition(data)
    except InvalidDefinition as exc:
        raise DefinitionRefused(name, exc.messages()) from None
    digest = _sha256(data)
    for entry in catalog(session):
        if (entry.instrument.id, entry.instrument.version) == (instrument.id, instrument.version):
            if entry.sha256 == digest:
                return ImportOutcome(entry.instrument, added=False)
            raise UserError(
                "svc.definition_version_taken", instrument.id, instrument.version)
    with session.db.transaction():
        _repository(session).add(instrument.id, instrument.version, canonical_json(data), digest)
        session.audit.record("instrument.import", detail=f"instrument={instrument.id} version={instrument.version}")
    return ImportOutcome(instrument, added=True)


def import_definition_file(session: Session, path: Path) -> ImportOutcome:
    return import_definition(session, read_definition_file(path), path.name)
