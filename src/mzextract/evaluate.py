"""Score `extract` against gold files (the corpus's ANNOTATION rules).

A predicted figure is correct when its (start, end, kind) equals a gold
figure's; among those, value, approx, rate, redacted and subject agreement
are counted. A predicted section is correct when its marker starts where a
gold heading's does; among those, level agreement. This is the same measure
as the project's reference scorer, so ``mzextract evaluate corpus`` and the
corpus test report the numbers the library is judged by.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from mzextract.api import extract
from mzextract.model import Figure

_TOLERANCE = Decimal("1e-6")


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(_TOLERANCE, abs(a) * Decimal("1e-9"))


def _num(x: object) -> Decimal:
    return Decimal(str(x))


def same_value(gold: dict[str, Any], f: Figure) -> bool:
    g = gold["value"]
    if isinstance(g, list):
        return f.range is not None and all(
            _close(_num(a), b) for a, b in zip(g, f.range, strict=True)
        )
    if g is None:
        return f.value is None and f.range is None
    return f.value is not None and _close(_num(g), f.value)


def same_subject(gold: dict[str, Any], f: Figure) -> bool:
    """Subjects agree when one contains the other (the shortest naming phrase is a judgment)."""
    g = gold.get("subject")
    p = f.subject.text if f.subject else None
    if not g or not p:
        return not g and not p
    return g in p or p in g


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(corpus_dir: str | Path) -> dict[str, Any]:
    """Score every document of ``corpus_dir`` (``docs/*.txt`` with ``gold/*.json``).

    Returns ``{"docs", "figures": {...}, "headings": {...}, "misses": {...}}``;
    ``misses`` lists each miss as a readable line, by sort.
    """
    corpus = Path(corpus_dir)
    gold_files = sorted((corpus / "gold").glob("*.json"))
    if not gold_files:
        raise FileNotFoundError(
            f"no gold files in {corpus / 'gold'}; a corpus folder holds docs/*.txt and gold/*.json"
        )
    counters = ("tp", "pred", "gold", "loose", "h_tp", "h_pred", "h_gold", "level", "value")
    t = dict.fromkeys((*counters, "approx", "rate", "redacted", "subject"), 0)
    misses: dict[str, list[str]] = {
        k: [] for k in ("missed", "spurious", "value", "subject", "heading")
    }
    for gp in gold_files:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        name = gold["doc"]
        text = (corpus / "docs" / name).read_text(encoding="utf-8")
        report = extract(text)
        pred = {(f.start, f.end, f.kind.value): f for f in report.figures}
        golds = {(g["start"], g["end"], g["kind"]): g for g in gold["figures"]}
        t["pred"] += len(pred)
        t["gold"] += len(golds)
        for key, g in golds.items():
            s, e, k = key
            f = pred.get(key)
            if f is None:
                t["loose"] += any(k == pk and ps < e and s < pe for ps, pe, pk in pred)
                misses["missed"].append(
                    f"{name} @{s} {g['text']} {k} «{text[max(0, s - 12) : e + 4]}»"
                )
                continue
            t["tp"] += 1
            t["loose"] += 1
            if same_value(g, f):
                t["value"] += 1
            else:
                misses["value"].append(
                    f"{name} @{s} {g['text']}: gold {g['value']} got {f.value} {f.range}"
                )
            t["approx"] += f.approx == bool(g["approx"])
            t["rate"] += f.rate == bool(g["rate"])
            t["redacted"] += f.redacted == bool(g["redacted"])
            if same_subject(g, f):
                t["subject"] += 1
            else:
                got = f.subject.text if f.subject else None
                misses["subject"].append(
                    f"{name} @{s} {g['text']}: gold {g.get('subject')!r} got {got!r}"
                )
        for s, e, k in sorted(pred.keys() - golds.keys()):
            misses["spurious"].append(
                f"{name} @{s} {text[s:e]} {k} «{text[max(0, s - 12) : e + 4]}»"
            )
        sections = {s.start: s for s in report.sections}
        heads = {h["start"]: h for h in gold["headings"]}
        t["h_pred"] += len(sections)
        t["h_gold"] += len(heads)
        for start, h in heads.items():
            if start in sections:
                t["h_tp"] += 1
                t["level"] += sections[start].level == h["level"]
            else:
                misses["heading"].append(
                    f"{name} missed heading @{start} {h['marker']}{h['title']}"
                )
        for start in sorted(sections.keys() - heads.keys()):
            misses["heading"].append(
                f"{name} spurious heading @{start} «{text[start : start + 16]}»"
            )
    m = t["tp"] or 1
    return {
        "docs": len(gold_files),
        "figures": {
            **_prf(t["tp"], t["pred"], t["gold"]),
            "gold": t["gold"],
            "predicted": t["pred"],
            "loose_recall": t["loose"] / (t["gold"] or 1),
            **{f"{k}_acc": t[k] / m for k in ("value", "approx", "rate", "redacted", "subject")},
        },
        "headings": {
            **_prf(t["h_tp"], t["h_pred"], t["h_gold"]),
            "gold": t["h_gold"],
            "predicted": t["h_pred"],
            "level_acc": t["level"] / (t["h_tp"] or 1),
        },
        "misses": misses,
    }


def format_score(result: dict[str, Any], show: int = 0) -> str:
    """The score as the reference scorer prints it, with up to ``show`` misses of each sort."""
    f, h = result["figures"], result["headings"]
    lines = [
        f"documents: {result['docs']}",
        f"figures:  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
        f"(gold {f['gold']}, predicted {f['predicted']}, loose recall {f['loose_recall']:.3f})",
        f"  on exact matches: value {f['value_acc']:.3f}  approx {f['approx_acc']:.3f}  "
        f"rate {f['rate_acc']:.3f}  redacted {f['redacted_acc']:.3f}  "
        f"subject {f['subject_acc']:.3f}",
        f"headings: P {h['precision']:.3f}  R {h['recall']:.3f}  F1 {h['f1']:.3f}  "
        f"(gold {h['gold']}, predicted {h['predicted']})  level {h['level_acc']:.3f}",
    ]
    for sort, rows in result["misses"].items():
        lines.extend(f"  {sort}: {row}" for row in rows[:show])
    return "\n".join(lines)
