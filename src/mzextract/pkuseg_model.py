"""The offline pkuseg model and the civil-affairs user dictionary; `load()`.

spacy-pkuseg downloads its models at run time, which offline machines cannot
do. The CTB8 model ships inside the pure-Python wheel of ``pkuseg==0.0.12`` on
PyPI (a declared dependency of mzextract), in pkuseg's old text format. On
first use it is converted once into the two files spacy-pkuseg loads as they
are (``weights.npz``, ``features.msgpack``) in a user cache directory, never in
site-packages.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from mzextract.cache import cache_dir

if TYPE_CHECKING:
    from spacy.language import Language

SOURCE_PACKAGE = "pkuseg"
SOURCE_VERSION = "0.0.12"
MODEL_NAME = f"pkuseg-{SOURCE_VERSION}-ctb8"
_SOURCE_DIR = "pkuseg/models/ctb8"
_FEATURE_SHARDS = 10  # featureIndex.txt_0 .. _9 in the old format
_INSTALL_HINT = f"pip install '{SOURCE_PACKAGE}=={SOURCE_VERSION}' (a dependency of mzextract)"
# Python prints warnings of an unconfigured logger to stderr: a first load says why it waits.
_log = logging.getLogger("mzextract")


def user_dict_path() -> Path:
    """The domain user dictionary (one term a line) shipped as package data."""
    return Path(str(resources.files("mzextract") / "data" / "userdict.txt"))


def user_dict_words() -> list[str]:
    lines = user_dict_path().read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def source_dir() -> Path:
    """The CTB8 model files inside the installed ``pkuseg`` wheel (not imported)."""
    try:
        dist = metadata.distribution(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        raise FileNotFoundError(
            f"the pkuseg CTB8 model is missing: {_INSTALL_HINT}; it installs from PyPI "
            "without compiling and is read once, offline"
        ) from None
    if dist.version != SOURCE_VERSION:
        raise FileNotFoundError(
            f"{SOURCE_PACKAGE} {dist.version} is installed, but only {SOURCE_VERSION} ships "
            f"the CTB8 model in a form mzextract reads: {_INSTALL_HINT}"
        )
    path = Path(str(dist.locate_file(_SOURCE_DIR)))
    if not (path / "model.txt").is_file():
        raise FileNotFoundError(f"no model.txt in {path}: reinstall with {_INSTALL_HINT}")
    return path


def model_dir(cache: Path | None = None) -> Path:
    """The converted model directory, converting on first use."""
    target = (cache or cache_dir()) / MODEL_NAME
    if (target / "weights.npz").is_file() and (target / "features.msgpack").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # Convert into a sibling temp dir and rename it, so a crash or a concurrent
    # process never leaves a half-written model behind.
    tmp = Path(tempfile.mkdtemp(prefix=f".{MODEL_NAME}-", dir=target.parent))
    _log.warning(
        "mzextract: converting the pkuseg CTB8 model once into %s (5-20 s, offline; "
        "later loads read it from there; set MZEXTRACT_CACHE to choose the folder)",
        target,
    )
    began = time.perf_counter()
    try:
        convert(source_dir(), tmp)
        try:
            tmp.rename(target)
        except OSError as err:  # another process got there first, or a broken leftover
            if not (target / "features.msgpack").is_file():
                raise OSError(f"cannot place the model in {target}: remove it and retry") from err
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _log.info("mzextract: pkuseg model converted in %.1f s", time.perf_counter() - began)
    return target


def convert(source: Path, dest: Path) -> None:
    """Write pkuseg's old text model in ``source`` as spacy-pkuseg's binary files."""
    import numpy as np
    import srsly

    with open(source / "model.txt", encoding="utf-8") as f:
        n_tag = int(f.readline())
        size = int(f.readline())
        w = np.array(f.read().split(), dtype=np.float64)
    # pkuseg's own readers drop the last two weights (an off-by-two loop);
    # they are real tag-transition weights, so keep them all.
    if w.shape != (size,):
        raise ValueError(f"{source / 'model.txt'}: expected {size} weights, read {w.shape[0]}")
    np.savez(dest / "weights.npz", sizes=np.array([n_tag, size // n_tag - n_tag]), w=w)

    feature_to_idx: dict[str, int] = {}
    for i in range(_FEATURE_SHARDS):
        with open(source / f"featureIndex.txt_{i}", encoding="utf-8") as f:
            for line in f:
                feature, index = line.rstrip("\n").split(" ")
                # Old keys carry a "<template>." prefix that the new format drops.
                feature_to_idx[feature.split(".", 1)[1]] = int(index)
    tag_to_idx = {}
    for line in (source / "tagIndex.txt").read_text(encoding="utf-8").splitlines():
        tag, index = line.split(" ")
        tag_to_idx[tag] = int(index)
    srsly.write_msgpack(
        dest / "features.msgpack",
        {
            "unigram": sorted(_lines(source / "unigram_word.txt")),
            "bigram": sorted(_lines(source / "bigram_word.txt")),
            "feature_to_idx": feature_to_idx,
            "tag_to_idx": tag_to_idx,
        },
    )


def _lines(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f}


def load(pipes: Iterable[str] = ("mz_sections", "mz_figures")) -> Language:
    """A Chinese spaCy pipeline: pkuseg CTB8 tokenizer with the domain user
    dictionary, followed by the mzextract components named in ``pipes``."""
    import spacy

    # Registers the factories even where the package's entry points are not installed.
    from mzextract import spacy_glue  # noqa: F401

    nlp = spacy.blank(
        "zh",
        config={
            "nlp": {"tokenizer": {"segmenter": "pkuseg"}},
            "initialize": {
                "tokenizer": {
                    "pkuseg_model": str(model_dir()),
                    "pkuseg_user_dict": str(user_dict_path()),
                }
            },
        },
    )
    nlp.initialize()
    for name in pipes:
        nlp.add_pipe(name)
    nlp.meta["mzextract"] = {"pkuseg_model": MODEL_NAME, "user_dict": user_dict_path().name}
    return nlp
