"""`extract`: text in, `Report` out."""

from __future__ import annotations

from mzextract.model import Report


def extract(text: str) -> Report:
    """Find the section outline and the figures of a report text."""
    if not isinstance(text, str):
        raise TypeError(
            f"extract() takes the report text as str, not {type(text).__name__}; "
            "decode bytes first (text = data.decode('utf-8')) or use mzextract.read(path)"
        )
    return Report(text=text)
