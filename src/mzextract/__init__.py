"""mzextract: traceable figures and outlines from Chinese civil-affairs work reports.

>>> import mzextract
>>> report = mzextract.extract("一、社会救助\\n城市低保75户86人。")
>>> [(f.text, f.kind.value, f.value) for f in report.figures]
[('75户', 'households', Decimal('75')), ('86人', 'persons', Decimal('86'))]
"""

from typing import TYPE_CHECKING

from mzextract.api import extract
from mzextract.io import read
from mzextract.model import Figure, Kind, Section, Subject
from mzextract.report import Report

if TYPE_CHECKING:
    from mzextract.batch import Text, extract_many
    from mzextract.export import to_dataframe
    from mzextract.panel import panel
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


def __getattr__(name: str) -> object:
    # `load` and `render` need spaCy; import it only when they are asked for.
    if name == "load":
        from mzextract.pkuseg_model import load

        return load
    if name == "render":
        from mzextract.spacy_glue import render

        return render
    # Process pools and pandas are only loaded by those who batch or tabulate.
    if name == "extract_many":
        from mzextract.batch import extract_many

        return extract_many
    if name == "panel":
        from mzextract.panel import panel

        return panel
    if name == "Text":
        from mzextract.batch import Text

        return Text
    if name == "to_dataframe":
        from mzextract.export import to_dataframe

        return to_dataframe
    raise AttributeError(f"module 'mzextract' has no attribute {name!r}")
