"""Word .docx: paragraphs and table rows in document order, one per line.

The zip's declared sizes are checked before anything is unpacked (a small .docx can
expand to gigabytes of XML), and every failure of the parser becomes a `ReadError`.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from mzextract.io.errors import MissingExtraError, ReadError
from mzextract.io.files import too_big

__all__ = ["docx_text"]


def docx_text(path: Path, data: bytes, max_bytes: int) -> str:
    try:
        import docx
    except ImportError:
        raise MissingExtraError("docx", "python-docx", f"reading {path}") from None
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            # zipfile stops at the declared size of a member, so the declared sum bounds memory.
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise ReadError(path, f"is not a Word .docx file ({e}); save it as .docx or .txt") from None
    if unpacked > max_bytes:
        raise ReadError(path, too_big(unpacked, max_bytes, "unpacks to"))
    try:
        document = docx.Document(BytesIO(data))
        return "\n".join(_block_lines(document))
    except Exception as e:  # python-docx lets zip, XML and package errors through as they are
        raise ReadError(
            path, f"is a broken Word file ({type(e).__name__}: {e}); open and re-save it in Word"
        ) from None


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
