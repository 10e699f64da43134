from __future__ import annotations

from pathlib import Path

import pytest

import pressfacts

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "corpus" / "texts"
FACTRUEVAL = ROOT.parent / "shared" / "factrueval-2016-dev"


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))}


def factrueval_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(FACTRUEVAL.glob("*.txt"))}


@pytest.fixture(scope="session")
def nlp():
    """The pipeline, loaded once for the whole test session."""
    return pressfacts.load()


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return seed_texts()


@pytest.fixture(scope="session")
def factrueval() -> dict[str, str]:
    texts = factrueval_texts()
    if not texts:
        pytest.skip("../shared/factrueval-2016-dev is absent")
    return texts
