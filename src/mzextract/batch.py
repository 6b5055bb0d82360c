"""Many reports at once: lazily, in input order, optionally on several processes.

Inputs are paths (`str` or `os.PathLike`, always: a string is never taken for report
text), report texts wrapped in `Text`, or files' bytes wrapped in `Data`. Every input
gets one result; a worker process that dies fails the input it held, not the run.

`rows_many` is the batch API: workers send back plain rows (`mzextract.rows.Rows`), a
few kilobytes a document. `extract_many` and `outcomes` give whole `Report` objects
for in-process use; with ``jobs > 1`` each report travels back with its text and every
label's evidence, several times the size of its rows.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Generic, TypeVar

from mzextract.api import extract
from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError, ReadError, ReadWarning, read
from mzextract.report import Report
from mzextract.rows import (
    TABLES,
    Data,
    ExtractError,
    Item,
    Rows,
    Text,
    columns,
    document_rows,
    item_name,
    report_of,
)
from mzextract.rules import Rules

__all__ = [
    "TABLES",
    "Data",
    "ExtractError",
    "Item",
    "Outcome",
    "Rows",
    "Text",
    "extract_many",
    "extract_path",
    "outcomes",
    "rows_many",
]

_AHEAD_PER_JOB = 4
"""Inputs in flight per worker: enough to keep workers busy, few enough to bound memory."""

_WARM_UP = "一、社会救助\n2024年城市低保75户，发放资金13.2万元。"
"""A text whose extraction compiles every stage's patterns."""

R = TypeVar("R")


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: a report, or the error that stopped it."""

    name: str
    """The path as given; a `Text`'s name, or ``<text N>`` for the N-th input (from 0)."""
    report: Report | None
    error: ReadError | MissingExtraError | ExtractError | None = None
    warnings: tuple[str, ...] = ()
    """The reader's warnings (`mzextract.io.Document.warnings`): the text may not be exact."""


def extract_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """`read` a file and `extract` its text; the report keeps the path as ``source``.

    The reader's warnings (bytes replaced, pages without text) are issued as `ReadWarning`.
    """
    doc = read(path, max_bytes=max_bytes)
    for message in doc.warnings:
        warnings.warn(ReadWarning(f"{doc.source}: {message}"), stacklevel=2)
    return replace(extract(doc.text), source=doc.source)


def _work(index: int, item: object, max_bytes: int, rules: Rules | None = None) -> Outcome:
    name = item_name(index, item)
    try:
        report, warned = report_of(item, max_bytes=max_bytes, rules=rules)  # type: ignore[arg-type]
        return Outcome(name, report, None, warned)
    except (ReadError, MissingExtraError) as e:
        return Outcome(name, None, e)
    except Exception as e:  # one bad input must not stop a batch; the caller decides
        return Outcome(name, None, ExtractError(name, f"{type(e).__name__}: {e}"))


_worker_rules: Rules | None = None
"""The rule set of a worker process, built once by `_start_worker`."""


def _start_worker(rules_data: dict[str, Any] | None) -> None:
    global _worker_rules
    # Ctrl-C reaches every process of the terminal; the parent alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Built here once, not per input: with fork the parent's compiled default is inherited.
    _worker_rules = Rules.default() if rules_data is None else Rules.from_data(rules_data)


def _outcome_work(index: int, item: Item, max_bytes: int) -> Outcome:
    return _work(index, item, max_bytes, _worker_rules)


def _rows_work(index: int, item: Item, tables: tuple[str, ...], max_bytes: int) -> Rows:
    return document_rows(item, index, tables=tables, max_bytes=max_bytes, rules=_worker_rules)


class _Pool(Generic[R]):
    """A process pool that runs ``work(index, item)`` and is rebuilt when a worker dies."""

    def __init__(
        self,
        jobs: int,
        work: Callable[[int, Any], R],
        failed: Callable[[str, ExtractError], R],
        rules_data: dict[str, Any] | None,
    ) -> None:
        self.jobs = jobs
        self.work = work
        self.failed = failed
        self.rules_data = rules_data
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_start_worker, initargs=(self.rules_data,)
        )

    def submit(self, index: int, item: Item) -> Future[R]:
        try:
            return self.executor.submit(self.work, index, item)
        except BrokenProcessPool as e:  # a worker died since the last result: redone later
            broken: Future[R] = Future()
            broken.set_exception(e)
            return broken

    def rebuild(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def result(self, index: int, item: Item, future: Future[R]) -> R:
        try:
            return future.result()
        except BrokenProcessPool:
            raise
        except Exception as e:  # e.g. an input that cannot be sent to a worker
            name = item_name(index, item)
            return self.failed(name, ExtractError(name, f"{type(e).__name__}: {e}"))

    def recover(self, pending: deque[tuple[int, Item, Future[R]]]) -> None:
        """After a worker died: run each unfinished input alone, so a death names its input."""
        self.rebuild()
        for k, (index, item, future) in enumerate(pending):
            if future.done() and not future.cancelled() and future.exception() is None:
                continue  # finished before the pool broke
            try:
                result = self.result(index, item, self.submit(index, item))
            except BrokenProcessPool:
                name = item_name(index, item)
                reason = (
                    "the worker process died while extracting it (killed, or out of memory); "
                    "the run went on without it"
                )
                result = self.failed(name, ExtractError(name, reason))
                self.rebuild()
            done: Future[R] = Future()
            done.set_result(result)
            pending[k] = (index, item, done)


def _run(
    items: Iterable[Item],
    jobs: int,
    work: Callable[[int, Any], R],
    failed: Callable[[str, ExtractError], R],
    rules_data: dict[str, Any] | None = None,
) -> Iterator[R]:
    """``work(index, item)`` for each input, in input order, on ``jobs`` processes."""
    pool = _Pool(jobs, work, failed, rules_data)
    pending: deque[tuple[int, Item, Future[R]]] = deque()

    def first() -> R:
        try:
            result = pool.result(*pending[0])
        except BrokenProcessPool:
            pool.recover(pending)
            result = pool.result(*pending[0])
        pending.popleft()
        return result

    try:
        for i, item in enumerate(items):
            pending.append((i, item, pool.submit(i, item)))
            if len(pending) >= jobs * _AHEAD_PER_JOB:
                yield first()
        while pending:
            yield first()
    finally:
        pool.close()


def _check_jobs(jobs: int) -> None:
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")


def _failed_outcome(name: str, error: ExtractError) -> Outcome:
    return Outcome(name, None, error)


def _failed_rows(name: str, error: ExtractError) -> Rows:
    return Rows(name, error=error)


def outcomes(
    items: Iterable[Item],
    jobs: int = 1,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Rules | None = None,
) -> Iterator[Outcome]:
    """An `Outcome` per input, in input order, never raising for a single input's failure.

    With ``jobs > 1`` inputs go to that many processes, but at most a few per
    worker are read ahead, so the results of a large folder are never all in memory.
    A worker that dies fails the input it was working on; the others are redone.
    A custom rule set is sent to each worker once, as data.
    """
    _check_jobs(jobs)
    if jobs == 1:
        for i, item in enumerate(items):
            yield _work(i, item, max_bytes, rules)
        return
    data = None if rules is None else rules.to_data()
    work = partial(_outcome_work, max_bytes=max_bytes)
    yield from _run(items, jobs, work, _failed_outcome, data)


def rows_many(
    items: Iterable[Item],
    jobs: int = 1,
    *,
    tables: Sequence[str] = ("figures",),
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Rules | None = None,
) -> Iterator[Rows]:
    """The rows of ``tables`` (`mzextract.rows.TABLES`) for each input, in input order,
    as `Rows`: one per input, failed ones included (their ``error`` says why).

    Workers read and extract, then send back only the rows: the parent does no extraction
    work, so ``jobs`` processes run about ``jobs`` times as fast on as many idle cores.
    A custom rule set is sent to each worker once, as data. Inputs are read lazily, a few
    per worker ahead; a worker that dies fails the input it held and the run goes on.
    """
    _check_jobs(jobs)
    wanted = tuple(tables)
    for t in wanted:
        columns(t)
    if jobs == 1:
        for i, item in enumerate(items):
            yield document_rows(item, i, tables=wanted, max_bytes=max_bytes, rules=rules)
        return
    if rules is None:
        # The parent loads and compiles the default rules (patterns are compiled on first
        # use, 0.2 s) before the pool starts, so forked workers inherit them ready.
        extract(_WARM_UP)
    work = partial(_rows_work, tables=wanted, max_bytes=max_bytes)
    data = None if rules is None else rules.to_data()
    yield from _run(items, jobs, work, _failed_rows, data)


def extract_many(
    items: Iterable[Item],
    jobs: int = 1,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Rules | None = None,
) -> Iterator[Report]:
    """Reports for many files or texts, yielded lazily in input order.

    Each item is a path (`str` or `os.PathLike`; a path that does not exist raises
    `ReadError`), a report's text wrapped in `Text`, or a file's `Data`. ``jobs``
    processes work in parallel with the same results as one. The first input that fails
    raises its error (`ReadError`, `MissingExtraError` or `ExtractError`, naming it); use
    `outcomes` to collect failures and go on. Reader warnings are issued as `ReadWarning`.
    For tables of many files, `rows_many` is faster: it sends back rows, not reports.
    ``rules`` is the rule set (the shipped one by default).
    """
    for outcome in outcomes(items, jobs, max_bytes=max_bytes, rules=rules):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.report is not None
        for message in outcome.warnings:
            warnings.warn(ReadWarning(f"{outcome.name}: {message}"), stacklevel=2)
        yield outcome.report
