"""The seed corpus scored against its gold: the floors the library is held to."""

from __future__ import annotations

from pathlib import Path

import pytest

from mzextract.evaluate import evaluate, format_score

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

FIGURE_FLOORS = {
    "f1": 0.97,
    "value_acc": 0.99,
    "approx_acc": 0.97,
    "rate_acc": 0.97,
    "redacted_acc": 0.97,
    "subject_acc": 0.85,
}
HEADING_FLOORS = {"f1": 0.98, "level_acc": 0.98}


@pytest.fixture(scope="module")
def score() -> dict[str, object]:
    return evaluate(CORPUS)


@pytest.mark.parametrize("metric", sorted(FIGURE_FLOORS))
def test_figure_score_above_floor(score: dict, metric: str) -> None:
    assert score["figures"][metric] >= FIGURE_FLOORS[metric], format_score(score, show=10)


@pytest.mark.parametrize("metric", sorted(HEADING_FLOORS))
def test_heading_score_above_floor(score: dict, metric: str) -> None:
    assert score["headings"][metric] >= HEADING_FLOORS[metric], format_score(score, show=10)


def test_every_corpus_document_is_scored(score: dict) -> None:
    assert score["docs"] == len(list((CORPUS / "docs").glob("*.txt")))


def test_evaluate_names_the_missing_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="gold"):
        evaluate(tmp_path)
