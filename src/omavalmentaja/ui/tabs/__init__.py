"""Client detail tabs. Each module here with TAB_ORDER, TAB_TITLE and make_tab(ctx) -> QWidget is a tab."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def tab_modules() -> list[ModuleType]:
    modules = [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    return sorted((m for m in modules if hasattr(m, "make_tab")), key=lambda m: (m.TAB_ORDER, m.__name__))
