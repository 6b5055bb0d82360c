"""HTML pages: the main text, one line per paragraph, heading or table row.

trafilatura finds the main text and drops menus and footers, but its recovery passes
grow faster than the page (4 MB: 50-85 s, ×10 from 2 MB). Pages over `TRAFILATURA_MAX`
bytes, far beyond a real report page, are read by a plain one-pass reader here instead,
which keeps every block of text and says so in the document's warnings.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mzextract.io.errors import MissingExtraError, ReadError
from mzextract.io.files import megabytes
from mzextract.io.text import decode

__all__ = ["TRAFILATURA_MAX", "html_text"]

TRAFILATURA_MAX = 2**20
"""Pages up to this many bytes (1 MiB) go through trafilatura; larger ones, the plain reader."""

_DROP = (
    "script style noscript template iframe object embed svg canvas head nav header footer"
    " aside form button select textarea"
).split()
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr caption section"
    " article main blockquote pre address figure figcaption hr br center".split()
)
_CELLS = frozenset({"td", "th"})
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


def html_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The page's main text and the reader's warnings."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("html", "trafilatura", f"reading {path}") from None
    if len(data) > TRAFILATURA_MAX:
        warning = (
            f"the page is over {megabytes(TRAFILATURA_MAX)}, so all its text blocks were kept "
            "(menus and footers outside <nav>/<footer> may remain)"
        )
        return _plain_text(path, data), (warning,)
    try:
        # Tables hold many of a report's figures; comments are readers' remarks, not the report.
        text: str | None = trafilatura.extract(
            data, include_tables=True, include_comments=False, favor_recall=True
        )
    except Exception as e:  # a page that breaks the extractor is this file's failure, named
        raise ReadError(path, f"the page could not be read ({type(e).__name__}: {e})") from None
    if not text:
        raise ReadError(path, "no main text found in the page; save the report's text as .txt")
    return text, ()


def _page_string(path: Path, data: bytes) -> str:
    """The page as text: its declared charset if that fits, else the .txt decoding."""
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        name = "gb18030" if name in ("gbk", "gb2312", "x-gbk") else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path).text


def _plain_text(path: Path, data: bytes) -> str:
    """Every text block outside navigation, scripts and forms, in one pass over the tree."""
    from lxml import etree, html

    page = _XML_DECLARATION.sub("", _page_string(path, data), count=1)
    try:
        parser = html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
        root = html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ReadError(path, f"the page could not be parsed ({e})") from None
    for dropped in list(root.iter(*_DROP)):
        dropped.drop_tree()  # keeps the tail text, which belongs to the parent
    lines: list[str] = []
    line: list[str] = []

    cells = 0  # text cells so far on this line (a table row)

    def add(piece: str | None) -> None:
        if piece:
            line.append(piece)

    def flush() -> None:
        nonlocal cells
        text = " ".join("".join(line).split())
        if text:
            lines.append(text)
        line.clear()
        cells = 0

    event: str
    element: Any
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                flush()
            elif tag in _CELLS:
                if cells:
                    line.append(" | ")
                cells += 1
            add(element.text)
        else:
            if tag in _BLOCKS:
                flush()
            add(element.tail)
    flush()
    if not lines:
        raise ReadError(path, "no text found in the page; save the report's text as .txt")
    return "\n".join(lines)
