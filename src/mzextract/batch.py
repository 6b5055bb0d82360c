"""Many reports at once: lazily, in input order, optionally on several processes."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Union, cast

from mzextract.api import extract
from mzextract.io import SUFFIXES, MissingExtraError, ReadError, read
from mzextract.model import Report

__all__ = ["ExtractError", "Item", "Outcome", "extract_many", "extract_path", "outcomes"]

Item = Union[str, "os.PathLike[str]"]
"""A path (`pathlib.Path`, or a one-line str naming a file) or a report's text."""

_WINDOW_PER_JOB = 4
"""Items in flight per worker: enough to keep workers busy, few enough to bound memory."""


class ExtractError(RuntimeError):
    """Extraction failed on one input for a reason other than reading it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type[ExtractError], tuple[str, str]]:
        return ExtractError, (self.name, self.reason)


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: a report, or the error that stopped it."""

    name: str
    """The path as given, or ``<text N>`` for the N-th input (from 0) given as text."""
    report: Report | None
    error: ReadError | MissingExtraError | ExtractError | None = None


def is_path(item: Item) -> bool:
    """Paths are `os.PathLike`, or a one-line str that names a file or ends in a known suffix."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str):
        return False  # let `extract` explain what it takes
    if "\n" in item or len(item) > 4096:
        return False
    return Path(item).suffix.lower() in SUFFIXES or os.path.isfile(item)


def extract_path(path: str | os.PathLike[str]) -> Report:
    """`read` a file and `extract` its text; the report keeps the path as ``source``."""
    doc = read(path)
    return replace(extract(doc.text), source=doc.source)


def _work(index: int, item: Item) -> Outcome:
    path = is_path(item)
    name = os.fspath(item) if path else f"<text {index}>"
    try:
        report = extract_path(item) if path else extract(cast(str, item))
    except (ReadError, MissingExtraError) as e:
        return Outcome(name, None, e)
    except Exception as e:  # one bad input must not stop a batch; the caller decides
        return Outcome(name, None, ExtractError(name, f"{type(e).__name__}: {e}"))
    return Outcome(name, report)


def outcomes(items: Iterable[Item], jobs: int = 1) -> Iterator[Outcome]:
    """An `Outcome` per input, in input order, never raising for a single input's failure.

    With ``jobs > 1`` inputs go to that many processes, but at most a few per
    worker are read ahead, so the results of a large folder are never all in memory.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for i, item in enumerate(items):
            yield _work(i, item)
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[Outcome]] = deque()
    try:
        for i, item in enumerate(items):
            pending.append(pool.submit(_work, i, item))
            if len(pending) >= jobs * _WINDOW_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_many(items: Iterable[Item], jobs: int = 1) -> Iterator[Report]:
    """Reports for many files or texts, yielded lazily in input order.

    Each item is a path (`pathlib.Path`, or a one-line str naming a .txt /
    .html / .docx file) or a report's text. ``jobs`` processes work in
    parallel with the same results as one. The first input that fails raises
    its error (`ReadError`, `MissingExtraError` or `ExtractError`, naming it);
    use `outcomes` to collect failures and go on.
    """
    for outcome in outcomes(items, jobs):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.report is not None
        yield outcome.report
