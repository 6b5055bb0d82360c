"""PDF with a text layer: pages in order, lines as PDFium lays them out.

Pages are joined with a line break, so a page footer (``— 3 —``, ``第 4 页 共 9 页``) or a
running header stands on a line of its own between two pages' text, where the layout
rules blank it, and a sentence wrapped across the page break runs on as any hard wrap.
"""

from __future__ import annotations

from pathlib import Path

from mzextract.io.errors import MissingExtraError, ReadError

__all__ = ["pdf_text"]

_MIN_CHARS_PER_PAGE = 10
"""Fewer visible characters than this on a page: it is an image (a scan), not text."""


def pdf_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of every page and warnings about pages without a text layer."""
    try:
        import pypdfium2
    except ImportError:
        raise MissingExtraError("pdf", "pypdfium2", f"reading {path}") from None
    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "is not a PDF file (no %PDF header); save the report as .pdf or .txt")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as e:
        if "password" in str(e).lower():
            raise ReadError(path, "is password-protected; save an unprotected copy") from None
        raise ReadError(path, f"is a broken PDF ({e}); open and re-save it as PDF") from None
    pages: list[str] = []
    try:
        for page in document:
            textpage = page.get_textpage()
            # PDFium ends lines with CRLF; a lone LF is what the rest of mzextract reads.
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
    except pypdfium2.PdfiumError as e:
        raise ReadError(path, f"is a broken PDF ({e}); open and re-save it as PDF") from None
    finally:
        document.close()
    if not pages:
        raise ReadError(path, "has no pages")
    empty = [n for n, text in enumerate(pages, 1) if _visible(text) < _MIN_CHARS_PER_PAGE]
    if len(empty) == len(pages):
        raise ReadError(
            path,
            "has no text layer (a scanned PDF); it needs OCR first, "
            "e.g. ocrmypdf -l chi_sim in.pdf out.pdf, then read out.pdf",
        )
    warnings: tuple[str, ...] = ()
    if empty:
        pages_have = "pages {} have" if len(empty) > 1 else "page {} has"
        warnings = (
            f"{pages_have.format(_ranges(empty))} no text layer (scanned?); "
            f"the text of those pages (of {len(pages)}) is missing",
        )
    return "\n".join(pages), warnings


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 5]`` → ``"1-3, 5"``."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], 0]:
        if n != prev + 1:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
            start = n
        prev = n
    return ", ".join(parts)
