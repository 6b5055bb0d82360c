"""Old Word (.doc) and WPS Office (.wps) files, converted to .docx by LibreOffice.

The bytes already read are converted in a temporary folder with a profile of its own
(so parallel conversions and an open LibreOffice window do not collide), under a
timeout; the result is read like any .docx.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from mzextract.io.errors import ReadError
from mzextract.io.word import docx_text

__all__ = ["CONVERT_TIMEOUT", "OLE_MAGIC", "office_text"]

CONVERT_TIMEOUT = 120.0
"""Seconds LibreOffice may take for one file (a first start alone can take ten)."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an OLE compound file: Word 97-2003 .doc, and WPS Office .wps."""


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_text(path: Path, data: bytes, suffix: str, max_bytes: int) -> str:
    """The text of an old Word or WPS document; ``suffix`` is what it really is."""
    what = "an old Word (.doc)" if suffix == ".doc" else "a WPS Office (.wps)"
    if path.suffix.lower() != suffix:
        what += f" document named {path.suffix}"
    else:
        what += " document"
    soffice = _soffice()
    if soffice is None:
        raise ReadError(
            path,
            f"is {what}; reading it needs LibreOffice (soffice), which is not installed. "
            f"Install it, or convert the file once: soffice --headless --convert-to docx "
            f"{shlex.quote(str(path))}",
        )
    with tempfile.TemporaryDirectory(prefix="mzextract-") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=CONVERT_TIMEOUT,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ReadError(
                path, f"LibreOffice did not convert it within {CONVERT_TIMEOUT:.0f} s"
            ) from None
        except OSError as e:
            raise ReadError(path, f"LibreOffice could not be started ({e.strerror})") from None
        converted = folder / "out" / "input.docx"
        if not converted.is_file():
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = f": {said[-1]}" if said else ""
            raise ReadError(
                path,
                f"is {what} that LibreOffice could not convert (exit {done.returncode}{detail})",
            )
        return docx_text(path, converted.read_bytes(), max_bytes)
