"""Decoding a text file's bytes without being told the encoding.

The order is fixed and strict: a byte-order mark; UTF-8; GB18030 (the superset of GBK
and GB2312) when the result reads as Chinese; UTF-8 or GB18030 with a few bad bytes
replaced, flagged; and only then a detector, whose answer must survive a strict round
trip. Nothing is normalised, so offsets into the text stay exact.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from mzextract.io.errors import ReadError

__all__ = ["Decoded", "decode"]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_BOMS = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CHINESE_SHARE = 0.8
"""Share of non-ASCII characters that must be in GB2312 (the common Chinese characters
and punctuation) for bytes to be taken as GB18030. Chinese reports are nearly all GB2312;
Latin-1, Big5 or Korean bytes that happen to decode as GB18030 give rare characters."""

_MAX_BAD_SHARE = 0.01
"""At most one replaced byte sequence per hundred good non-ASCII characters (one is allowed
in any text with ten good ones: a file cut off inside its last character)."""

_SAMPLE = 65_536
"""Characters scored when telling UTF-16/32 byte orders apart."""

# Text characters of Chinese reports: ASCII, CJK ideographs and punctuation, full-width forms.
_NOT_TYPICAL = re.compile("[^\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")

# Single-byte Latin code pages a detector cannot tell apart on short text; cp1252 (a
# superset of Latin-1's printable range) is by far the most common of them.
_LATIN = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin-1", "mac-roman", "mac-latin2", "cp437"}
    | {"cp850", "cp858"}
    | {f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
_GB = frozenset({"gb2312", "gbk", "gb18030", "hz"})


def decode(data: bytes, path: str | Path = "<bytes>") -> Decoded:
    """Decode a text file's bytes; `ReadError` if no encoding fits them strictly enough.

    Returns the text (a byte-order mark removed, nothing else changed), the
    encoding's name and warnings when some bytes had to be replaced or the
    encoding was guessed by detection.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom) :], encoding, path), encoding)
    if b"\x00" in data:
        # NUL bytes are no text in any 8-bit encoding: UTF-16/32 without a BOM, or binary.
        return _wide(data, path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _chinese(text):
            return Decoded(text, "gb18030")
    except UnicodeDecodeError:
        pass
    for encoding in ("utf-8", "gb18030"):
        lossy = _lossy(data, encoding)
        if lossy is not None:
            return lossy
    return _detected(data, path)


def _strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ReadError(
            path, f"is not valid {encoding} at byte {e.start:,}; re-save it as UTF-8"
        ) from None


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _chinese(text: str) -> bool:
    """Whether the non-ASCII characters of a GB18030 decode are mostly common Chinese."""
    others = _non_ascii(text)
    # Each GB2312 character is two bytes; ASCII characters are one.
    common = (len(text.encode("gb2312", "ignore")) - (len(text) - others)) // 2
    return others > 0 and common >= _CHINESE_SHARE * others


def _lossy(data: bytes, encoding: str) -> Decoded | None:
    """The text with bad byte sequences replaced by U+FFFD, if they are few; flagged."""
    text = data.decode(encoding, "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
    good = _non_ascii(text) - bad
    if bad > max(1, _MAX_BAD_SHARE * good) or good < 10 * bad:
        return None
    if encoding == "gb18030" and not _chinese(text):
        return None
    first = 0
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        first = e.start
    plural = "s" if bad > 1 else ""
    warning = (
        f"{bad} byte sequence{plural} that {'are' if bad > 1 else 'is'} not valid {encoding} "
        f"replaced by U+FFFD (first at byte {first:,})"
    )
    return Decoded(text, encoding, (warning,))


def _wide(data: bytes, path: str | Path) -> Decoded:
    """UTF-16 or UTF-32 without a byte-order mark: the byte order whose text reads as text."""
    best: tuple[float, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE]
        share = 1 - len(_NOT_TYPICAL.findall(sample)) / max(len(sample), 1)
        if best is None or share > best[0]:
            best = (share, encoding, text)
    if best is None or best[0] < _CHINESE_SHARE:
        raise ReadError(path, _NOT_TEXT)
    return Decoded(best[2], best[1])


_NOT_TEXT = (
    "is not a text file (no text encoding fits its bytes); "
    "save it as .txt (UTF-8 or GB18030), .html, .docx or .pdf"
)


def _detected(data: bytes, path: str | Path) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(path, _NOT_TEXT)
    encoding = best.encoding.replace("_", "-")
    if encoding in _GB:
        encoding = "gb18030"
    elif encoding in _LATIN:
        # Identical to Latin-1 unless a byte in 0x80-0x9F is there (cp1252's quotes, €).
        # cp1252 leaves five bytes undefined; Latin-1 decodes every byte.
        encoding = "cp1252" if re.search(b"[\x80-\x9f]", data) else "latin-1"
        if encoding == "cp1252" and re.search(b"[\x81\x8d\x8f\x90\x9d]", data):
            encoding = "latin-1"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ReadError(path, _NOT_TEXT) from None
    if text.encode(encoding) != data:
        raise ReadError(path, f"{encoding} fits its bytes only loosely; {_RESAVE}")
    return Decoded(text, encoding, (f"neither UTF-8 nor GB18030; {encoding} was detected",))


_RESAVE = "re-save it as .txt in UTF-8"
