"""The two errors every reader raises: the file could not be read, or an extra is missing."""

from __future__ import annotations

import os

__all__ = ["MissingExtraError", "ReadError", "ReadWarning"]


class ReadError(ValueError):
    """A file could not be turned into report text; the message names the file and the fix."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{os.fspath(path)}: {reason}")
        self.path = os.fspath(path)
        self.reason = reason

    # Errors travel back from worker processes by pickling, which re-calls __init__.
    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:
        return ReadError, (self.path, self.reason)


class MissingExtraError(ImportError):
    """An optional dependency is needed for this input or output format."""

    def __init__(self, extra: str, package: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the '{package}' package: pip install 'mzextract[{extra}]'"
        )
        self.extra = extra
        self._args = (extra, package, purpose)

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return MissingExtraError, self._args


class ReadWarning(UserWarning):
    """A file was read, but its text may not be exactly what it holds (see `Document.warnings`)."""
