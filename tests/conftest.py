"""Shared fixtures: paths to the real data, and whole-pipeline runs computed once per session."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsfuse.pipeline import RunResult, run
from newsfuse.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"
MEETING = ["000_3f9906dd629083e6#1", "001_4abc9afbb70f35b4", "002_782f633ee9fe343a", "004_c0b0d63a5f0cf3d9"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need the seeds are skipped, loudly, where ../shared is missing."""
    if SEEDS.is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SEEDS} not found: the seed reports live beside the project")
    for item in items:
        if "seeds" in item.fixturenames or "seed_run" in item.fixturenames:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The folder of the five real seed reports."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_run() -> RunResult:
    """The whole pipeline run once on the seeds."""
    return run([SEEDS])


@pytest.fixture(scope="session")
def sample_run() -> RunResult:
    """The whole pipeline run once on the shipped sample corpus."""
    return run([EXAMPLES / "corpus"])



def cleaned_article(
    aid: str, outlet: str | None, sentences: list[str], published: datetime | None = None, language: str = "fr"
) -> Article:
    """An already-cleaned article of the given sentences (fictional test text)."""
    return Article.from_sentences(
        aid, sentences, source=f"test:{aid}", outlet=outlet, language=language, published=published
    )
