"""Many reports at once: lazily, in input order, optionally on several processes.

Inputs are paths (`str` or `os.PathLike`, always: a string is never taken for report
text) or report texts wrapped in `Text`. Every input gets one `Outcome`; a worker
process that dies fails the input it held, not the run.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import Union

from mzextract.api import extract
from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError, ReadError, ReadWarning, read
from mzextract.report import Report

__all__ = [
    "ExtractError",
    "Item",
    "Outcome",
    "Text",
    "extract_many",
    "extract_path",
    "outcomes",
]

_WINDOW_PER_JOB = 4
"""Items in flight per worker: enough to keep workers busy, few enough to bound memory."""


@dataclass(frozen=True)
class Text:
    """A report's text given as an input of `extract_many` / `outcomes` (a bare str is a path).

    ``name`` becomes the report's ``source`` and the input's name in errors.
    """

    text: str
    name: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(
                f"Text() takes the report text as str, not {type(self.text).__name__}; "
                "decode bytes first (data.decode('utf-8')) or pass the file's path"
            )


Item = Union[str, "os.PathLike[str]", Text]
"""A path (`str` or `os.PathLike`) or a report's text wrapped in `Text`."""


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
    """The path as given; a `Text`'s name, or ``<text N>`` for the N-th input (from 0)."""
    report: Report | None
    error: ReadError | MissingExtraError | ExtractError | None = None
    warnings: tuple[str, ...] = ()
    """The reader's warnings (`mzextract.io.Document.warnings`): the text may not be exact."""


def _name(index: int, item: object) -> str:
    if isinstance(item, Text):
        return item.name or f"<text {index}>"
    if isinstance(item, (str, os.PathLike)):
        return str(os.fspath(item))
    return f"<item {index}>"


def extract_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """`read` a file and `extract` its text; the report keeps the path as ``source``.

    The reader's warnings (bytes replaced, pages without text) are issued as `ReadWarning`.
    """
    doc = read(path, max_bytes=max_bytes)
    for message in doc.warnings:
        warnings.warn(ReadWarning(f"{doc.source}: {message}"), stacklevel=2)
    return replace(extract(doc.text), source=doc.source)


def _work(index: int, item: object, max_bytes: int) -> Outcome:
    name = _name(index, item)
    try:
        if isinstance(item, Text):
            return Outcome(name, replace(extract(item.text), source=item.name))
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(
                f"an input is a path (str or os.PathLike) or mzextract.Text(text), "
                f"not {type(item).__name__}"
            )
        doc = read(item, max_bytes=max_bytes)
        return Outcome(name, replace(extract(doc.text), source=doc.source), None, doc.warnings)
    except (ReadError, MissingExtraError) as e:
        return Outcome(name, None, e)
    except Exception as e:  # one bad input must not stop a batch; the caller decides
        return Outcome(name, None, ExtractError(name, f"{type(e).__name__}: {e}"))


def _ignore_interrupt() -> None:
    # Ctrl-C reaches every process of the terminal; the parent alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool:
    """A process pool that is rebuilt when a worker dies."""

    def __init__(self, jobs: int, max_bytes: int) -> None:
        self.jobs = jobs
        self.max_bytes = max_bytes
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_ignore_interrupt)

    def submit(self, index: int, item: Item) -> Future[Outcome]:
        try:
            return self.executor.submit(_work, index, item, self.max_bytes)
        except BrokenProcessPool as e:  # a worker died since the last result: redone later
            broken: Future[Outcome] = Future()
            broken.set_exception(e)
            return broken

    def rebuild(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def result(self, index: int, item: Item, future: Future[Outcome]) -> Outcome:
        try:
            return future.result()
        except BrokenProcessPool:
            raise
        except Exception as e:  # e.g. an input that cannot be sent to a worker
            name = _name(index, item)
            return Outcome(name, None, ExtractError(name, f"{type(e).__name__}: {e}"))

    def recover(self, pending: deque[tuple[int, Item, Future[Outcome]]]) -> None:
        """After a worker died: run each unfinished input alone, so a death names its input."""
        self.rebuild()
        for k, (index, item, future) in enumerate(pending):
            if future.done() and not future.cancelled() and future.exception() is None:
                continue  # finished before the pool broke
            try:
                outcome = self.result(index, item, self.submit(index, item))
            except BrokenProcessPool:
                name = _name(index, item)
                reason = (
                    "the worker process died while extracting it (killed, or out of memory); "
                    "the run went on without it"
                )
                outcome = Outcome(name, None, ExtractError(name, reason))
                self.rebuild()
            done: Future[Outcome] = Future()
            done.set_result(outcome)
            pending[k] = (index, item, done)


def outcomes(
    items: Iterable[Item], jobs: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Outcome]:
    """An `Outcome` per input, in input order, never raising for a single input's failure.

    With ``jobs > 1`` inputs go to that many processes, but at most a few per
    worker are read ahead, so the results of a large folder are never all in memory.
    A worker that dies fails the input it was working on; the others are redone.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for i, item in enumerate(items):
            yield _work(i, item, max_bytes)
        return
    pool = _Pool(jobs, max_bytes)
    pending: deque[tuple[int, Item, Future[Outcome]]] = deque()

    def first() -> Outcome:
        try:
            outcome = pool.result(*pending[0])
        except BrokenProcessPool:
            pool.recover(pending)
            outcome = pool.result(*pending[0])
        pending.popleft()
        return outcome

    try:
        for i, item in enumerate(items):
            pending.append((i, item, pool.submit(i, item)))
            if len(pending) >= jobs * _WINDOW_PER_JOB:
                yield first()
        while pending:
            yield first()
    finally:
        pool.close()


def extract_many(
    items: Iterable[Item], jobs: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Report]:
    """Reports for many files or texts, yielded lazily in input order.

    Each item is a path (`str` or `os.PathLike`; a path that does not exist raises
    `ReadError`) or a report's text wrapped in `Text`. ``jobs`` processes work in
    parallel with the same results as one. The first input that fails raises its
    error (`ReadError`, `MissingExtraError` or `ExtractError`, naming it); use
    `outcomes` to collect failures and go on. Reader warnings are issued as `ReadWarning`.
    """
    for outcome in outcomes(items, jobs, max_bytes=max_bytes):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.report is not None
        for message in outcome.warnings:
            warnings.warn(ReadWarning(f"{outcome.name}: {message}"), stacklevel=2)
        yield outcome.report
