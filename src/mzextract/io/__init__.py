"""Readers: a report file (.txt, .html, .docx, .pdf, .doc, .wps) in, its text out.

Every figure's span refers to ``Document.text`` exactly as returned here: a
decoded .txt keeps its line endings and whitespace (only a byte-order mark
is removed), so offsets can be checked against the file by anyone. Every
failure is a `ReadError` naming the file and the fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mzextract.io.errors import MissingExtraError, ReadError, ReadWarning
from mzextract.io.files import DEFAULT_MAX_BYTES, read_capped, too_big
from mzextract.io.text import Decoded, decode

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "Decoded",
    "Document",
    "MissingExtraError",
    "ReadError",
    "ReadWarning",
    "decode",
    "read",
    "read_bytes",
]

SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".docx", ".pdf", ".doc", ".wps"})
"""File suffixes `read` understands (folders given to the CLI are searched for these)."""

_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Document:
    """A report's text and where it came from."""

    text: str
    source: str
    """The path that was read, as given."""
    format: str
    """What the file really is: ``txt``, ``html``, ``docx``, ``pdf``, ``doc`` or ``wps``."""
    encoding: str | None = None
    """The encoding of a .txt file (``None`` for other formats)."""
    warnings: tuple[str, ...] = ()
    """Why the text may differ from what the file shows: bytes replaced in decoding, an
    encoding guessed, pages without a text layer. Empty when the text is exact."""


def read(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a report file: .txt in any common Chinese encoding, .html, .docx, .pdf,
    or .doc/.wps (through LibreOffice). A file without a suffix is read as text.

    Only regular files of at most ``max_bytes`` are read (a .docx must also unpack to
    at most that). Raises `ReadError` (naming the file and the fix) for anything that
    cannot be read, and `MissingExtraError` when the reader for the format isn't installed.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"read() takes a path (str or os.PathLike), not {type(path).__name__}")
    return read_bytes(read_capped(Path(path), max_bytes), os.fspath(path), max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a report file's bytes as `read` reads the file ``name`` (its suffix says the
    format): for bytes that come from elsewhere, such as Spark's ``binaryFile`` rows."""
    if not isinstance(data, bytes):
        raise TypeError(f"read_bytes() takes bytes, not {type(data).__name__}")
    p = Path(name)
    suffix = p.suffix.lower()
    if len(data) > max_bytes:
        raise ReadError(p, too_big(len(data), max_bytes))
    if suffix not in SUFFIXES and suffix:
        raise ReadError(
            p, f"unsupported file type {suffix!r}; mzextract reads {', '.join(sorted(SUFFIXES))}"
        )
    return _parse(p, name, suffix, data, max_bytes)


def _parse(p: Path, source: str, suffix: str, data: bytes, max_bytes: int) -> Document:
    from mzextract.io.office import OLE_MAGIC, office_text

    if suffix in (".doc", ".wps", ".docx"):
        # Files are often renamed: the first bytes say what a Word file really is.
        if data.startswith(_ZIP_MAGIC) or (suffix == ".docx" and not data.startswith(OLE_MAGIC)):
            from mzextract.io.word import docx_text

            return Document(docx_text(p, data, max_bytes), source, "docx")
        real = ".doc" if suffix == ".docx" else suffix
        return Document(office_text(p, data, real, max_bytes), source, real[1:])
    if suffix == ".pdf":
        from mzextract.io.pdf import pdf_text

        text, warnings = pdf_text(p, data)
        return Document(text, source, "pdf", warnings=warnings)
    if suffix in (".html", ".htm"):
        from mzextract.io.web import html_text

        text, warnings = html_text(p, data)
        return Document(text, source, "html", warnings=warnings)
    decoded = decode(data, p)
    return Document(decoded.text, source, "txt", decoded.encoding, decoded.warnings)
