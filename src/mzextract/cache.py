"""Where mzextract keeps what it derives once from installed data: the converted pkuseg
model, the index of the division codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir() -> Path:
    """Where converted models live: ``$MZEXTRACT_CACHE``, else the XDG cache dir."""
    explicit = os.environ.get("MZEXTRACT_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "mzextract"
