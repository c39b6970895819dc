"""Files that hold health data: created 0600 (owner only) in folders made 0700, whatever the
umask says (HIPAA 164.312, GDPR art. 32).

Modes are given at creation (``os.open``/``os.mkdir`` with the mode, then ``chmod`` to undo the
umask either way) rather than by changing the process umask, which is global and would race
with a backup running on a worker thread. On Windows ``chmod`` only sets read-only; the user
profile's ACLs keep the files private there.
"""

from __future__ import annotations

import os
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any, cast

FILE_MODE = 0o600
DIR_MODE = 0o700
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """``path`` as a folder: each missing folder is created 0700; with ``tighten`` the folder
    itself is made 0700 too when it existed already and is ours (the app's data or backups)."""
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(DIR_MODE)
        except FileExistsError:
            continue
        folder.chmod(DIR_MODE)
    if tighten and not missing and _owned(path):
        path.chmod(DIR_MODE)
    return path


def _owned(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or path.stat().st_uid == getuid()


def create_private(path: Path) -> Path:
    """An empty file 0600 at ``path`` (truncating one already there, and making it 0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        _fchmod(fd)
    finally:
        os.close(fd)
    return path


def _fchmod(fd: int) -> None:
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(fd, FILE_MODE)


def open_private(path: Path, mode: str = "w", **options: Any) -> IO[Any]:
    """``open(path, mode)`` for writing, the file created (or truncated) 0600."""
    if not any(flag in mode for flag in "wax"):
        raise ValueError("open_private is for writing")
    flags = os.O_WRONLY | os.O_CREAT
    flags |= os.O_APPEND if "a" in mode else (os.O_EXCL if "x" in mode else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0) if "b" in mode else 0
    fd = os.open(path, flags, FILE_MODE)
    try:
        _fchmod(fd)
        return os.fdopen(fd, mode.replace("x", "w"), **options)
    except BaseException:
        os.close(fd)
        raise


def open_private_text(path: Path, *, encoding: str = "utf-8", newline: str = "") -> TextIOWrapper:
    """A text file for writing, created (or truncated) 0600."""
    return cast(TextIOWrapper, open_private(path, "w", encoding=encoding, newline=newline))


def write_private_bytes(path: Path, data: bytes) -> None:
    with open_private(path, "wb") as out:
        out.write(data)


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with open_private_text(path, encoding=encoding) as out:
        out.write(text)


def make_private(path: Path) -> None:
    """Tighten a file that exists already (an older install's 0644 database) to 0600."""
    if path.exists() and _owned(path):
        path.chmod(FILE_MODE)


def private_sqlite_file(path: Path) -> None:
    """Before SQLite opens ``path``: the file exists 0600, so the -wal and -shm files SQLite
    creates next to it get the same mode (SQLite copies the database file's permissions)."""
    if path.exists():
        make_private(path)
    else:
        create_private(path)
    for suffix in _SQLITE_COMPANIONS:
        make_private(path.with_name(path.name + suffix))


__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "create_private",
    "make_private",
    "open_private",
    "open_private_text",
    "private_dir",
    "private_sqlite_file",
    "write_private_bytes",
    "write_private_text",
]
