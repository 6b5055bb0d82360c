"""Markdown emphasis around figures (``**4.13亿元**``), blanked before matching.

Reports converted to Markdown wrap figures in ``**`` or ``__``. Read as written,
the stars would be a redaction (``*`` stands for a hidden digit). The blanked copy
has the same length as the text, so every offset found in it indexes the text.
"""

from __future__ import annotations

from functools import cache

import regex

from mzextract.rules import Rules


@cache
def _emphasis(rules: Rules) -> regex.Pattern[str]:
    # The closing mark must not run into a unit: 救助**5人，资金**万元 is two redactions.
    firsts = {w[0] for w, _ in rules.magnitudes} | {u.word[0] for u in rules.units}
    stops = regex.escape("".join(sorted(firsts)))
    return regex.compile(
        r"(?<![*＊_0-9０-９])(?P<mark>\*\*|__)(?=[0-9０-９])[^*_\n]{1,80}?"
        rf"(?P=mark)(?![*＊_{stops}])"
    )


def blank_emphasis(text: str, rules: Rules) -> str:
    """``text`` with emphasis marks that open on a digit replaced by spaces."""
    if "**" not in text and "__" not in text:
        return text
    blanked: str = _emphasis(rules).sub(lambda m: "  " + m.group()[2:-2] + "  ", text)
    return blanked
