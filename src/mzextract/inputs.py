"""What a run reads: the files named, found in folders or matched by patterns, and every
file it does not read, with the reason, so that each one is accounted for."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

from mzextract.io import SUFFIXES
from mzextract.io.files import not_regular, too_big

__all__ = ["Inputs", "expand"]

# Editors, office suites and downloads leave these next to real files.
_TEMP_PREFIXES = ("~$", ".~lock.", "~WRL")
_TEMP_SUFFIXES = (".tmp", ".part", ".crdownload", ".download", "~")


@dataclass
class Inputs:
    files: list[str] = field(default_factory=list)
    """Files to read, in order: as named, then each folder's and pattern's files sorted."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Files (and folders) found but not read, with why."""
    unmatched: list[tuple[str, str]] = field(default_factory=list)
    """Arguments that named nothing: a folder without files, a pattern without matches."""


def _skip_reason(path: str, max_bytes: int) -> str | None:
    """Why a file found in a folder or by a pattern is not read, or None to read it."""
    name = os.path.basename(path)
    if name.startswith(_TEMP_PREFIXES) or name.endswith(_TEMP_SUFFIXES):
        return "a temporary or lock file"
    if name.startswith("."):
        return "a hidden file"
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        kind = f"{suffix!r} files" if suffix else "files without a suffix"
        return f"not a report file type ({kind} are not read)"
    try:
        info = os.stat(path)
    except OSError as e:
        return f"cannot be read ({e.strerror})"
    why = not_regular(info.st_mode)
    if why is not None:
        return why
    if info.st_size > max_bytes:
        return too_big(info.st_size, max_bytes)
    return None


def _walk(folder: str, max_bytes: int, found: Inputs) -> tuple[int, int]:
    """Add a folder's report files (recursively, sorted) and its skipped entries; returns how
    many files are read and how many entries were seen."""
    files: list[str] = []
    skipped: list[tuple[str, str]] = []

    def unreadable(e: OSError) -> None:
        skipped.append((str(e.filename), f"cannot be read ({e.strerror})"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable, followlinks=False):
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            if os.path.islink(full):
                skipped.append((full, "a link to a folder, not followed"))
            elif d.startswith(".") or d == "__MACOSX":
                skipped.append((full, "a hidden folder, not searched"))
            else:
                keep.append(d)
        dirnames[:] = keep
        for f in filenames:
            full = os.path.join(dirpath, f)
            why = _skip_reason(full, max_bytes)
            if why is None:
                files.append(full)
            else:
                skipped.append((full, why))
    found.files.extend(sorted(files))
    found.skipped.extend(sorted(skipped))
    return len(files), len(files) + len(skipped)


def expand(args: list[str], max_bytes: int) -> Inputs:
    """Files named (read whatever they are: the reader explains), found in folders
    (recursively) or matched by glob patterns (``**`` for any depth)."""
    found = Inputs()
    for arg in args:
        if os.path.isdir(arg):
            read, seen = _walk(arg, max_bytes, found)
            if seen == 0:
                found.unmatched.append((arg, "the folder is empty"))
            elif read == 0:
                suffixes = "/".join(sorted(SUFFIXES))
                found.unmatched.append((arg, f"the folder has no {suffixes} files"))
        elif not os.path.lexists(arg) and glob.has_magic(arg):
            matched = sorted(glob.glob(arg, recursive=True))
            if not matched:
                found.unmatched.append((arg, "no files match this pattern"))
            for path in matched:
                if os.path.isdir(path):
                    if "**" not in arg:  # with ** its files are matched too
                        note = "a folder matched by the pattern, not searched (use ** or name it)"
                        found.skipped.append((path, note))
                    continue
                why = _skip_reason(path, max_bytes)
                if why is None:
                    found.files.append(path)
                else:
                    found.skipped.append((path, why))
        else:
            found.files.append(arg)  # a missing file is reported by the reader, in order
    return found
