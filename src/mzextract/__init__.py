"""mzextract: traceable figures and outlines from Chinese civil-affairs work reports.

>>> import mzextract
>>> report = mzextract.extract("一、社会救助\\n城市低保75户86人。")
>>> [(f.text, f.kind.value, f.value) for f in report.figures]
[('75户', 'households', Decimal('75')), ('86人', 'persons', Decimal('86'))]
"""

import importlib
from typing import TYPE_CHECKING

from mzextract.api import extract
from mzextract.io import read
from mzextract.model import Figure, Kind, Section, Subject

# Imported here, not lazily: the module shares the function's name, and a first import of
# the module (by anyone) would otherwise leave the module where the function should be.
from mzextract.panel import panel
from mzextract.report import Report

if TYPE_CHECKING:
    from mzextract.batch import Text, extract_many
    from mzextract.export import to_dataframe
    from mzextract.pkuseg_model import load
    from mzextract.spacy_glue import render

__all__ = [
    "Figure",
    "Kind",
    "Report",
    "Section",
    "Subject",
    "Text",
    "extract",
    "extract_many",
    "load",
    "panel",
    "read",
    "render",
    "to_dataframe",
]
__version__ = "0.1.0"


# Attributes imported only when asked for: `load` and `render` need spaCy,
# `extract_many` and `Text` process pools, `to_dataframe` pandas.
_LAZY = {
    "load": "mzextract.pkuseg_model",
    "render": "mzextract.spacy_glue",
    "extract_many": "mzextract.batch",
    "Text": "mzextract.batch",
    "to_dataframe": "mzextract.export",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mzextract' has no attribute {name!r}")
    found: object = getattr(importlib.import_module(module), name)
    globals()[name] = found
    return found
