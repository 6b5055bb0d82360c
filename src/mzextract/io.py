"""Readers: a report file (.txt, .html, .docx) in, its text out.

Every figure's span refers to ``Document.text`` exactly as returned here: a
decoded .txt keeps its line endings and whitespace (only a byte-order mark
is removed), so offsets can be checked against the file by anyone.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SUFFIXES", "Document", "MissingExtraError", "ReadError", "read"]

SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".docx"})
"""File suffixes `read` understands (folders given to the CLI are searched for these)."""


class ReadError(ValueError):
    """A file could not be turned into report text; the message names the file and the fix."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")
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


@dataclass(frozen=True)
class Document:
    """A report's text and where it came from."""

    text: str
    source: str
    """The path that was read, as given."""
    format: str
    """``"txt"``, ``"html"`` or ``"docx"``."""
    encoding: str | None = None
    """The detected encoding of a .txt file (``None`` for other formats)."""


def read(path: str | os.PathLike[str]) -> Document:
    """Read a report file: .txt in any common Chinese encoding, .html, or .docx.

    Raises `ReadError` (naming the file) for a missing, unreadable or non-text
    file and `MissingExtraError` when the reader for the format isn't installed.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES and suffix:
        raise ReadError(
            p, f"unsupported file type {suffix!r}; mzextract reads {', '.join(sorted(SUFFIXES))}"
        )
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(p, "no such file") from None
    except IsADirectoryError:
        raise ReadError(p, "is a folder; pass its files, or use `mzextract extract`") from None
    except OSError as e:
        raise ReadError(p, f"cannot be read ({e.strerror})") from None
    if suffix == ".docx":
        return Document(_docx_text(p, data), os.fspath(path), "docx")
    if suffix in (".html", ".htm"):
        return Document(_html_text(p, data), os.fspath(path), "html")
    text, encoding = decode(data, p)
    return Document(text, os.fspath(path), "txt", encoding)


_BOMS = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detected legacy Chinese encodings are decoded as GB18030: it is a strict
# superset of GB2312 and GBK, so characters the detector's guess lacks still decode.
_AS_GB18030 = frozenset({"gb2312", "gbk", "gb18030", "hz"})


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a text file's bytes without being told the encoding; returns (text, encoding).

    A byte-order mark decides when present (and is dropped); valid UTF-8 is
    taken as UTF-8; anything else goes to charset-normalizer.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # NUL bytes only occur in text as part of UTF-16/32 code units.
    if best is None or (b"\x00" in data and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise ReadError(
            path,
            "is not a text file (no text encoding fits its bytes); "
            "save it as .txt (UTF-8 or GB18030), .html or .docx",
        )
    encoding = best.encoding.replace("_", "-")
    if encoding in _AS_GB18030:
        encoding = "gb18030"
    return _strict(data, encoding, path), encoding


def _strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ReadError(
            path, f"is not valid {encoding} at byte {e.start}; re-save it as UTF-8"
        ) from None


def _html_text(path: Path, data: bytes) -> str:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("html", "trafilatura", f"reading {path}") from None
    # Tables hold many of a report's figures; comments are readers' remarks, not the report.
    text: str | None = trafilatura.extract(
        data, include_tables=True, include_comments=False, favor_recall=True
    )
    if not text:
        raise ReadError(path, "no main text found in the page; save the report's text as .txt")
    return text


def _docx_text(path: Path, data: bytes) -> str:
    try:
        import docx
    except ImportError:
        raise MissingExtraError("docx", "python-docx", f"reading {path}") from None
    from io import BytesIO
    from zipfile import BadZipFile

    try:
        document = docx.Document(BytesIO(data))
    except (BadZipFile, KeyError, ValueError) as e:
        raise ReadError(path, f"is not a Word .docx file ({e}); save it as .docx or .txt") from None
    return "\n".join(_block_lines(document))


def _block_lines(container: Any) -> list[str]:
    """Paragraphs and tables in document order; a table row becomes one tab-separated line."""
    from docx.table import Table

    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[Any] = []
                for cell in row.cells:
                    # A merged cell is returned once per grid column it spans.
                    if not cells or cell._tc is not cells[-1]._tc:
                        cells.append(cell)
                lines.append("\t".join(" ".join(_block_lines(c)) for c in cells))
        else:
            lines.append(block.text)
    return lines
