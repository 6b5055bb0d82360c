"""Layout noise inside the running text, blanked before figures and subjects are read.

Page footers of PDF extracts (``— 3 —``, ``第 4 页 共 9 页``) cut sentences in two, and
reports converted to Markdown wrap figures in ``**`` (read as written, the stars would
be a redaction). Each function returns a copy of the same length with that noise
replaced by spaces, so every offset found in the copy indexes the text.
"""

from __future__ import annotations

from functools import cache

import regex

from mzextract.rules import Rules

_S = "[ \\t\\u3000]*"
_NL = "\\r?\\n"
_BLANK_LINES = f"(?:{_NL}{_S}(?={_NL}))*"


@cache
def _footer(rules: Rules) -> str:
    return "(?:" + "|".join(f.compiled() for f in rules.page_footers) + ")"


@cache
def _any_footer(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(f"\\n{_S}{_footer(rules)}{_S}\\r?(?:\\n|$)")


@cache
def _footer_block(rules: Rules) -> regex.Pattern[str]:
    # A running header: a short line of words only (no punctuation, no number but a
    # year) that names the report or its issuer, so no line with a figure is blanked.
    words = "|".join(regex.escape(w) for w in rules.running_header_words)
    years = "|".join(regex.escape(d.word) for d in rules.dates("year_unit"))
    header = (
        f"{_S}(?=[^\\n]{{0,40}}?(?:{words}))"
        f"(?:\\p{{Han}}|[A-Za-z]|[0-9]{{4}}(?={years})){{4,40}}{_S}"
    )
    # The line break that ends the text line, blank lines, a header, the footer, blank
    # lines, a header; the break after the block stays, so the sentence runs on.
    return regex.compile(
        f"{_NL}(?:{_S}{_NL})*(?:{header}{_NL}(?:{_S}{_NL})*)?"
        f"{_S}{_footer(rules)}{_S}{_BLANK_LINES}(?:{_NL}{header}{_BLANK_LINES})?(?={_NL})"
    )


def blank_footers(text: str, rules: Rules) -> str:
    """``text`` with page footers and running headers (and the break before them)
    replaced by spaces."""
    if _any_footer(rules).search(text) is None:
        return text  # most texts have none: skip the slower block pattern
    blanked, n = _footer_block(rules).subn(lambda m: " " * len(m.group()), text)
    return text if n == 0 else blanked


@cache
def _emphasis(rules: Rules) -> regex.Pattern[str]:
    # The closing mark must not run into a unit: 救助**5人，资金**万元 is two redactions.
    firsts = {w[0] for w, _ in rules.magnitudes} | {u.word[0] for u in rules.units}
    stops = regex.escape("".join(sorted(firsts)))
    return regex.compile(
        r"(?<![*＊_0-9０-９])(?P<mark>\*\*|__)(?=[^*_\n]{0,3}[0-9０-９])[^*_\n]{1,80}?"
        rf"(?P=mark)(?![*＊_{stops}])"
    )


def blank_emphasis(text: str, rules: Rules) -> str:
    """``text`` with emphasis marks that open on a digit, or a few characters before one
    (**户均5000元**), replaced by spaces."""
    if "**" not in text and "__" not in text:
        return text
    blanked: str = _emphasis(rules).sub(lambda m: "  " + m.group()[2:-2] + "  ", text)
    return blanked
