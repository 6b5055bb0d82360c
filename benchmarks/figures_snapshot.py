"""Dump what ``extract(text, meaning=False)`` finds on every text the project has, as JSON:
per text every section and every figure with all their fields (subject and evidence
included). A change that should not change the output (a speed-up) must leave the file
byte-identical.

python benchmarks/figures_snapshot.py OUT.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import mzextract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def texts() -> dict[str, str]:
    """Every document of the corpus and the development sets (also each set as one text:
    longer texts reach code that short ones do not), the inputs of every case file, the
    PDF text and the adversarial patterns."""
    out: dict[str, str] = {}
    sets = {
        "corpus": sorted((ROOT / "corpus" / "docs").glob("*.txt")),
        "dev": sorted(DATA.glob("*/docs/*.txt")),
    }
    for name, paths in sets.items():
        docs = [p.read_text(encoding="utf-8") for p in paths]
        for p, doc in zip(paths, docs, strict=True):
            out[str(p.relative_to(ROOT))] = doc
        out[f"{name}:all"] = "\n".join(docs)
    for p in sorted(DATA.glob("*/*.txt")):
        out[str(p.relative_to(ROOT))] = p.read_text(encoding="utf-8")
    for path in sorted(DATA.glob("*.json")):
        cases = json.loads(path.read_text("utf-8"))
        if isinstance(cases, list):
            for case in cases:
                out[f"{path.stem}:{case['id']}"] = case["input"]
    patterns = json.loads((DATA / "adversarial_patterns.json").read_text("utf-8"))
    for name, unit in patterns.items():
        out[f"adversarial:{name}"] = unit * (20_000 // len(unit))
    return out


def dump(text: str) -> dict[str, Any]:
    report = mzextract.extract(text, meaning=False)
    return {
        # A section's evidence is left out of its repr.
        "sections": [f"{s!r} {s.evidence!r}" for s in report.sections],
        "figures": [repr(f) for f in report.figures],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    # One line per section and figure, so that a diff points at what changed.
    docs = []
    for name, text in sorted(texts().items()):
        d = dump(text)
        lines = [line(x) for x in (*d["sections"], *d["figures"])]
        docs.append(f"{line(name)}: [\n" + ",\n".join(lines) + "]")
    write(args.out, docs)


def line(value: Any, *, sort_keys: bool = False) -> str:
    """One value as one line of JSON (a diff of two snapshots then points at it)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys)


def write(out: Path, docs: list[str]) -> None:
    """The documents' entries as one JSON object, an entry per document."""
    out.write_text("{\n" + ",\n".join(docs) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
