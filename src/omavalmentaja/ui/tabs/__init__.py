"""Client detail tabs. Each module here with TAB_ORDER, TAB_TITLE and make_tab(ctx) -> QWidget is a tab."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType


@functools.cache
def tab_modules() -> tuple[ModuleType, ...]:
    """Found once per run: the set of tabs does not change while the app is open."""
    modules = [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    return tuple(sorted((m for m in modules if hasattr(m, "make_tab")), key=lambda m: (m.TAB_ORDER, m.__name__)))
