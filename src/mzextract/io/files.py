"""Bytes of a regular file, never more than a cap: FIFOs, devices and folders are refused
before anything is read, so no input can block a run or fill its memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mzextract.io.errors import ReadError

__all__ = ["DEFAULT_MAX_BYTES", "megabytes", "not_regular", "read_capped", "too_big"]

DEFAULT_MAX_BYTES = 64 * 2**20
"""The largest file `read` takes, and the most a .docx may unpack to: 64 MiB. Published
reports are well under 10 MiB (text in kilobytes, a PDF with photos in megabytes)."""

# O_NONBLOCK: opening a FIFO must not wait for a writer (fstat then refuses it).
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, "is a folder; pass its files, or give the folder to `mzextract extract`"),
    (stat.S_ISFIFO, "is a FIFO (named pipe), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def megabytes(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _KINDS if test(mode)), "is not a regular file")


def too_big(size: int, max_bytes: int, what: str = "is") -> str:
    return (
        f"{what} {megabytes(size)}, over the limit of {megabytes(max_bytes)}; "
        "raise it with --max-size MB or read(path, max_bytes=N)"
    )


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; `ReadError` for a missing or unreadable file, anything but a
    regular file, or a file over ``max_bytes``."""
    try:
        # stat first: on systems without O_NONBLOCK, opening a FIFO would block.
        why = not_regular(os.stat(path).st_mode)
        if why is not None:
            raise ReadError(path, why)
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as e:
        raise ReadError(path, f"cannot be read ({e.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        # Checked again on the open file: the path may have changed since the stat.
        info = os.fstat(fd)
        why = not_regular(info.st_mode)
        if why is not None:
            raise ReadError(path, why)
        if info.st_size > max_bytes:
            raise ReadError(path, too_big(info.st_size, max_bytes))
        try:
            data = f.read(max_bytes + 1)  # a file that grows past the cap is refused too
        except OSError as e:
            raise ReadError(path, f"cannot be read ({e.strerror})") from None
    if len(data) > max_bytes:
        raise ReadError(path, too_big(len(data), max_bytes, "is more than"))
    return data
