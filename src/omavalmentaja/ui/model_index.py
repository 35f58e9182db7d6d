"""The index types Qt passes to a model's or delegate's methods, for their annotations, and the root index."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible parent of a flat model's rows
