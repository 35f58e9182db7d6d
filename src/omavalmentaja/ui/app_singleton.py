"""The application's one object of a kind (the events hub, the owner of background work)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

T = TypeVar("T", bound=QObject)

_instances: dict[type, QObject] = {}


def application_singleton(kind: type[T]) -> T:
    """The one `kind(QApplication.instance())`, made on first use and owned by the QApplication; forgotten when
    Qt destroys it, so a new QApplication (in the tests) gets a new one."""
    found = _instances.get(kind)
    if found is None:
        found = kind(QApplication.instance())
        _instances[kind] = found
        found.destroyed.connect(lambda *_: _instances.pop(kind, None))
    return found  # type: ignore[return-value]
