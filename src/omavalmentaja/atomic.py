"""Atomic file writes: a temp file in the same folder, owner-only permissions, fsync, then replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def make_private_folders(folder: Path) -> None:
    """Create `folder` and any missing parents, each owner-only (mkdir -p would follow the umask); a folder
    that exists already keeps its permissions (a shared or sticky folder is not ours to change)."""
    missing = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
            if os.name != "nt":
                os.chmod(path, 0o700)


def write_atomic(path: Path, data: bytes, mode: int = 0o600, *, replace: bool = True) -> None:
    """Write `data` to `path` in one step. With replace=False an existing file is never replaced
    (FileExistsError), even one that appears between the caller's check and this write."""
    make_private_folders(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp_name, path)
        else:
            _link_without_replacing(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _link_without_replacing(tmp_name: str, path: Path) -> None:
    """Give the finished temp file its name unless that name is taken (a hard link fails if it is)."""
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links (FAT, some network shares)
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(tmp_name, path)
        return
    os.unlink(tmp_name)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
