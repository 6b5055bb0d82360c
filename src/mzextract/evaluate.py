"""Score `extract` against gold files (the corpus's annotation rules, parts 1 and 2).

A predicted figure is correct when its (start, end, kind) equals a gold
figure's; among those, value, approx, rate, redacted and subject agreement
are counted. A predicted section is correct when its marker starts where a
gold heading's does; among those, level agreement. This is the same measure
as the project's reference scorer, so ``mzextract evaluate corpus`` and the
corpus test report the numbers the library is judged by.

Where gold figures carry part 2 (programme, area, measure, role, period), these are
compared on exact matches, and ``row`` counts figures whose value and all five agree;
a gold ``meta`` is compared with ``Report.meta`` (place by containment, year, period).
Each miss names the rule that made the decision (from the figure's evidence).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from mzextract.api import extract
from mzextract.model import Figure

_TOLERANCE = Decimal("1e-6")
MEANING = ("programme", "area", "measure", "role", "period")


def label(f: Figure, key: str) -> str | None:
    """A figure's label as the gold writes it (``dibao``, ``2023-06-30``...)."""
    v = getattr(f, key)
    if v is None or isinstance(v, str):
        return v
    if key == "period":
        return str(v.iso)
    return str(v.key)


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
    extra = ("meaning_n", "row", "meta_n", "place", "year", "docperiod")
    t = dict.fromkeys((*counters, *extra, *MEANING, "approx", "rate", "redacted", "subject"), 0)
    misses: dict[str, list[str]] = {
        k: [] for k in ("missed", "spurious", "value", "subject", "heading", "meaning", "meta")
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
            if "programme" in g:
                _meaning(g, f, name, t, misses)
        for s, e, k in sorted(pred.keys() - golds.keys()):
            misses["spurious"].append(
                f"{name} @{s} {text[s:e]} {k} «{text[max(0, s - 12) : e + 4]}»"
            )
        if "meta" in gold:
            _meta(gold["meta"], report, name, t, misses)
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
    result: dict[str, Any] = {
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
    if t["meaning_n"]:
        n = t["meaning_n"]
        result["meaning"] = {
            "figures": n,
            **{f"{k}_acc": t[k] / n for k in MEANING},
            "row_acc": t["row"] / n,
        }
    if t["meta_n"]:
        d = t["meta_n"]
        result["meta"] = {
            "docs": d,
            "place_acc": t["place"] / d,
            "year_acc": t["year"] / d,
            "period_acc": t["docperiod"] / d,
        }
    return result


def _meaning(
    g: dict[str, Any], f: Figure, name: str, t: dict[str, int], misses: dict[str, list[str]]
) -> None:
    t["meaning_n"] += 1
    bad = [k for k in MEANING if label(f, k) != g.get(k)]
    for k in MEANING:
        t[k] += k not in bad
    t["row"] += not bad and same_value(g, f)
    if bad:
        parts = []
        for k in bad:
            ev = f.why(k)
            why = "" if ev is None else f" [{ev.rule}" + (f" «{ev.text}»]" if ev.text else "]")
            parts.append(f"{k} gold {g.get(k)!r} got {label(f, k)!r}{why}")
        misses["meaning"].append(f"{name} @{f.start} {f.text}: " + "; ".join(parts))


def _meta(
    gm: dict[str, Any], report: Any, name: str, t: dict[str, int], misses: dict[str, list[str]]
) -> None:
    m = report.meta
    t["meta_n"] += 1
    gp, pp = gm.get("place"), None if m.place is None else m.place.name
    ok_place = (not gp and not pp) or bool(gp and pp and (gp in pp or pp in gp))
    ok_year = m.year == gm.get("year")
    ok_period = (None if m.period is None else m.period.iso) == gm.get("period")
    t["place"] += ok_place
    t["year"] += ok_year
    t["docperiod"] += ok_period
    if not (ok_place and ok_year and ok_period):
        got = f"place {pp!r} year {m.year!r} period {None if m.period is None else m.period.iso!r}"
        misses["meta"].append(f"{name}: gold {gm} got {got}")


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
    if "meaning" in result:
        g = result["meaning"]
        lines.append(
            f"meaning ({g['figures']} matched figures): "
            + "  ".join(f"{k} {g[k + '_acc']:.3f}" for k in MEANING)
            + f"  row {g['row_acc']:.3f}"
        )
    if "meta" in result:
        g = result["meta"]
        lines.append(
            f"meta ({g['docs']} documents): place {g['place_acc']:.3f}  "
            f"year {g['year_acc']:.3f}  period {g['period_acc']:.3f}"
        )
    for sort, rows in result["misses"].items():
        lines.extend(f"  {sort}: {row}" for row in rows[:show])
    return "\n".join(lines)
