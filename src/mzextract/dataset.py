"""A partitioned Parquet dataset: ``year=2023/province=浙江省/part-0.parquet``, hive-style,
so that pandas, DuckDB and Spark read the folder as one table with the partition columns.

A document whose year or province is not known goes under ``__HIVE_DEFAULT_PARTITION__``,
which those readers take for a missing value. A partition column that no document of
the run knows (no province without the ``places`` extra) is left out of the folders:
readers cannot tell the type of a column that is only ever missing (pandas refuses it).
The folder is written beside its target and moved into place at the end
(`AtomicFolder`); an existing folder is replaced only if it holds nothing but a
dataset, so that no one's other files are ever deleted.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mzextract.output import OutputError
from mzextract.rows import PARTITION_COLUMNS, Rows, arrow_schema, arrow_table, columns

__all__ = [
    "NULL_PARTITION",
    "AtomicFolder",
    "DatasetWriter",
    "check_dataset_output",
    "partition_columns",
    "write_dataset",
]

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
"""The folder name of a missing partition value, as Hive, Spark and pyarrow write it."""

_ROW_GROUP = 50_000
"""Rows buffered per partition before a row group is written."""
_BUFFERED = 200_000
"""Rows buffered over all partitions before every buffer is written: bounds memory."""
_OPEN_FILES = 64
"""Partition files kept open at once; the least recently used is closed beyond that."""
# Characters Spark escapes in partition values; everything else, Chinese included, is kept.
_ESCAPED = re.compile(r'[\x00-\x1f"#%\'*/:=?\\\x7f{\[\]^]')
_PART = re.compile(r"part-\d+\.parquet")
_KEY_VALUE = re.compile(r"[a-z_]+=.+")


def partition_columns(value: str) -> tuple[str, ...]:
    """``"year,province"`` as column names, each one of `PARTITION_COLUMNS`."""
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    known = [c.name for c in PARTITION_COLUMNS]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise ValueError(
            f"cannot partition by {', '.join(unknown) or '(nothing)'}; use {', '.join(known)}"
        )
    if len(set(names)) != len(names):
        raise ValueError(f"a partition column is named twice in {value!r}")
    return names


def _segment(name: str, value: Any) -> str:
    if value is None or value == "":
        return f"{name}={NULL_PARTITION}"
    text = _ESCAPED.sub(lambda m: f"%{ord(m.group()):02X}", str(value))
    return f"{name}={text}"


def _is_dataset(folder: Path) -> bool:
    """A folder that holds only partition folders and part files (a dataset written here)."""
    for _, dirnames, filenames in os.walk(folder):
        if any(not _KEY_VALUE.fullmatch(d) for d in dirnames):
            return False
        if any(not _PART.fullmatch(f) for f in filenames):
            return False
    return True


def check_dataset_output(output: str, inputs: Iterable[str]) -> None:
    """Check, before any input is read, that a dataset can be written at ``output``: its
    parent folder exists, it is none of the inputs and holds none of them, and if it
    exists it is a dataset (partition folders and part files only) that may be replaced."""
    path = Path(output.rstrip("/" + os.sep) or output)
    parent = path.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise OutputError(f"{output}: the folder {parent} {what}")
    resolved = path.resolve()
    for name in inputs:
        inp = Path(name).resolve()
        if inp == resolved or resolved in inp.parents:
            raise OutputError(f"{output}: is also an input or holds one; write elsewhere")
    if path.is_dir() and not _is_dataset(path):
        raise OutputError(
            f"{output}: is a folder with other files than a Parquet dataset; it is not "
            "replaced: give a new folder name"
        )


class AtomicFolder:
    """A temporary folder beside ``path`` that takes its place on `commit`, or vanishes.

    An existing ``path`` is moved aside, the new folder renamed into place, and the old
    one deleted: two renames, so a reader sees the old dataset or the new one, never a
    mix (between the renames, for an instant, none).
    """

    def __init__(self, path: str) -> None:
        self.path = Path(path.rstrip("/" + os.sep) or path)
        try:
            self.temp = Path(
                tempfile.mkdtemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
            )
        except OSError as e:
            raise OutputError(f"{path}: cannot write in {self.path.parent} ({e.strerror})") from e

    def commit(self) -> None:
        old: Path | None = None
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temp, 0o777 & ~umask)
            if self.path.exists() or self.path.is_symlink():
                old = Path(
                    tempfile.mkdtemp(
                        dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".old"
                    )
                )
                os.replace(self.path, old / "replaced")
            os.replace(self.temp, self.path)
        except OSError as e:
            if old is not None and not self.path.exists():
                os.replace(old / "replaced", self.path)  # put the old one back
            self.discard()
            raise OutputError(f"{self.path}: could not be replaced ({e.strerror})") from e
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.temp, ignore_errors=True)


class DatasetWriter:
    """Rows of one table into a partitioned Parquet dataset in ``folder`` (which exists).

    Rows are buffered per partition and written in row groups of up to `_ROW_GROUP`
    rows; a partition's file stays open while it is used, so each partition gets one
    file unless more than `_OPEN_FILES` partitions are in use at once.
    """

    def __init__(
        self,
        folder: Path,
        partition_by: Sequence[str],
        *,
        table: str = "figures",
        kinds: frozenset[str] | None = None,
    ) -> None:
        import pyarrow.parquet as pq

        self.pq = pq
        self.folder = folder
        self.partition_by = tuple(partition_by)
        self.table = table
        self.tables: tuple[str, ...] = (table,)
        self.kinds = kinds
        full = arrow_schema(table, partition_by=self.partition_by)
        # The partition columns live in the folder names, not in the files.
        self.schema = full
        for name in self.partition_by:
            self.schema = self.schema.remove(self.schema.get_field_index(name))
        self.rows = 0
        self.buffers: dict[tuple[Any, ...], list[Rows]] = {}
        self.buffered: dict[tuple[Any, ...], int] = {}
        self.files: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self.parts: dict[tuple[Any, ...], int] = {}
        self.dropped: tuple[str, ...] = ()
        """Partition columns left out because no document knew them (set by `close`)."""

    def _kept(self, doc: Rows) -> Rows:
        if self.kinds is None or self.table != "figures":
            return doc
        kind = columns("figures").index("kind")
        rows = tuple(r for r in doc.rows("figures") if r[kind] in self.kinds)
        return Rows(doc.name, (("figures", rows),), year=doc.year, province=doc.province)

    def write(self, doc: Rows) -> None:
        doc = self._kept(doc)
        n = len(doc.rows(self.table))
        if n == 0:
            return
        key = tuple(doc.partition(name) for name in self.partition_by)
        self.buffers.setdefault(key, []).append(doc)
        self.buffered[key] = self.buffered.get(key, 0) + n
        self.rows += n
        if self.buffered[key] >= _ROW_GROUP:
            self._flush(key)
        elif sum(self.buffered.values()) >= _BUFFERED:
            for k in list(self.buffers):
                self._flush(k)

    def _flush(self, key: tuple[Any, ...]) -> None:
        docs = self.buffers.pop(key, [])
        self.buffered.pop(key, None)
        if not docs:
            return
        table = arrow_table(docs, self.table, partition_by=self.partition_by)
        self._file(key).write_table(table.select(self.schema.names))

    def _file(self, key: tuple[Any, ...]) -> Any:
        if key in self.files:
            self.files.move_to_end(key)
            return self.files[key]
        if len(self.files) >= _OPEN_FILES:
            _, oldest = self.files.popitem(last=False)
            oldest.close()
        folder = self.folder.joinpath(
            *(_segment(n, v) for n, v in zip(self.partition_by, key, strict=True))
        )
        folder.mkdir(parents=True, exist_ok=True)
        part = self.parts.get(key, 0)
        self.parts[key] = part + 1
        writer = self.pq.ParquetWriter(str(folder / f"part-{part}.parquet"), self.schema)
        self.files[key] = writer
        return writer

    def close(self) -> None:
        for key in list(self.buffers):
            self._flush(key)
        while self.files:
            _, writer = self.files.popitem(last=False)
            writer.close()
        known = [
            any(key[i] not in (None, "") for key in self.parts)
            for i in range(len(self.partition_by))
        ]
        self.dropped = tuple(n for n, k in zip(self.partition_by, known, strict=True) if not k)
        if self.parts and self.dropped:
            self._collapse(known)

    def _collapse(self, known: list[bool]) -> None:
        """Move the part files out of the folders of columns no document knew. Such a
        folder level has one name (the missing value), so no two files meet."""
        for key in self.parts:
            segments = [_segment(n, v) for n, v in zip(self.partition_by, key, strict=True)]
            source = self.folder.joinpath(*segments)
            kept = [s for s, k in zip(segments, known, strict=True) if k]
            target = self.folder.joinpath(*kept)
            target.mkdir(parents=True, exist_ok=True)
            for part in sorted(source.iterdir()):
                os.replace(part, target / part.name)
        for name in self.dropped:
            for folder in sorted(self.folder.rglob(f"{name}={NULL_PARTITION}"), reverse=True):
                shutil.rmtree(folder)


def write_dataset(
    docs: Iterable[Rows],
    folder: str | os.PathLike[str],
    *,
    partition_by: Sequence[str] = ("year", "province"),
    table: str = "figures",
) -> int:
    """Write the ``table`` rows of many documents (e.g. from `batch.rows_many`) as a
    partitioned Parquet dataset in ``folder``, replacing a dataset already there
    atomically. Returns the number of rows written."""
    target = os.fspath(folder)
    check_dataset_output(target, ())
    out = AtomicFolder(target)
    try:
        writer = DatasetWriter(out.temp, partition_by, table=table)
        for doc in docs:
            writer.write(doc)
        writer.close()
        out.commit()
    finally:
        out.discard()
    return writer.rows
