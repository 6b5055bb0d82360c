"""mzextract: traceable figures and outlines from Chinese civil-affairs work reports.

>>> import mzextract
>>> report = mzextract.extract("一、社会救助\\n城市低保75户86人。")
>>> [(f.text, f.kind.value, f.value) for f in report.figures]
[('75户', 'households', Decimal('75')), ('86人', 'persons', Decimal('86'))]
"""

from mzextract.api import extract
from mzextract.model import Figure, Kind, Report, Section, Subject

__all__ = ["Figure", "Kind", "Report", "Section", "Subject", "extract"]
__version__ = "0.1.0"
