"""Where the shipped assets are: the resources/ and translations/ folders of the source tree.

One rule for the three ways the program runs:
- built (a wheel, or the PyInstaller folder): the build copies both folders into the package, so they lie
  beside this module (``omavalmentaja/resources``, ``omavalmentaja/translations``);
- a source checkout or an editable install: they are the repository's top-level folders.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


@functools.cache
def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / name, _CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name}/ folder is missing from {_PACKAGE}")


def resources_dir() -> Path:
    """Instrument definitions, fonts with their licences, icons, the .desktop file."""
    return _folder("resources")


def translations_dir() -> Path:
    """The compiled Qt Linguist catalogues (.qm) beside their .ts sources."""
    return _folder("translations")


def docs_dir() -> Path:
    """The coaches' user guides (docs/kayttoopas.md, anvandarguide.md, user-guide.md); a build carries only these."""
    return _folder("docs")
